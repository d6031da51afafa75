package eu.urbis.auth;

import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/** {@code {"refreshToken"}}: the refresh token a client presents to rotate it or to log out. */
record PresentedToken(String refreshToken) {
  static PresentedToken from(JsonObject body) {
    Input in = Input.of(body);
    String refreshToken = in.secret("refreshToken", 1, 200);
    in.validate();
    return new PresentedToken(refreshToken);
  }
}
