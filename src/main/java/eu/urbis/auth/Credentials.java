package eu.urbis.auth;

import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/** {@code {"username", "password"}}: who is logging in, and the password to verify (used exactly as sent). */
record Credentials(String username, String password) {
  static Credentials from(JsonObject body) {
    Input in = Input.of(body);
    String username = in.text("username", 1, 200);
    String password = in.secret("password", 1, 1000);
    in.validate();
    return new Credentials(username, password);
  }
}
