package eu.urbis.auth;

import eu.urbis.http.ApiException;
import eu.urbis.http.ProblemType;
import eu.urbis.user.User;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** The one answer a suspended user gets, wherever they knock: 403 saying until when and why. */
public final class Suspensions {
  private Suspensions() {
  }

  public static ApiException problem(User user) {
    String until = user.suspendedUntil() == null ? null : user.suspendedUntil().toInstant().toString();
    String detail = until == null
      ? "Your account is suspended until a moderator lifts the suspension."
      : "Your account is suspended until " + until + ".";
    JsonObject extensions = new JsonObject()
      .put("suspendedUntil", until)
      .put("reason", user.suspensionReason());
    return new ApiException(ProblemType.SUSPENDED, detail, List.of(), 0, extensions);
  }
}
