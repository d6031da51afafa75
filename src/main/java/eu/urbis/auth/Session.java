package eu.urbis.auth;

import eu.urbis.user.User;
import io.vertx.core.json.JsonObject;

import java.time.Instant;

/** What login and registration answer: an access token, a refresh token and (except on refresh) the user. */
public record Session(String token, String refreshToken, User user) {
  public JsonObject toJson(Instant now) {
    JsonObject json = new JsonObject().put("token", token).put("refreshToken", refreshToken);
    return user == null ? json : json.put("user", Me.toJson(user, now));
  }
}
