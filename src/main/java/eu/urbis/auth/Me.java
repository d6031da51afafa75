package eu.urbis.auth;

import eu.urbis.user.User;
import io.vertx.core.json.JsonObject;

import java.time.Instant;

/**
 * The caller as {@code GET /api/me} and sign-in show them: the User, with {@code can} for what is theirs to do
 * beyond any one thread, post or message (the moderation queue and audit log, roles, boards).
 */
final class Me {
  private Me() {
  }

  static JsonObject toJson(User caller, Instant now) {
    return caller.toJson(now).put("can", new JsonObject()
      .put("moderate", Policy.canModerate(caller))
      .put("changeRoles", Policy.canChangeRoles(caller))
      .put("createBoards", Policy.canCreateBoards(caller)));
  }
}
