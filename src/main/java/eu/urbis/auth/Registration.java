package eu.urbis.auth;

import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.Locale;
import java.util.regex.Pattern;

/** A validated registration request (API.md, Identity). */
record Registration(String username, String password, String displayName, String cityId, String inviteCode) {
  static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,32}");

  /** Usernames are case-insensitive: "Alice" registers as "alice", so it clashes with an existing "alice". */
  static Registration from(JsonObject json, PasswordRules passwords) {
    if (json.getValue("username") instanceof String username) {
      json = json.copy().put("username", username.toLowerCase(Locale.ROOT));
    }
    Input in = Input.of(json);
    Registration registration = new Registration(
      in.text("username", 3, 32, USERNAME, "must be 3 to 32 characters of a-z, 0-9, _ . -"),
      in.secret("password", 10, 200),
      in.text("displayName", 1, 80),
      in.optionalText("cityId", 1, 64),
      in.optionalText("inviteCode", 1, 200));
    String weak = registration.password() == null ? null : passwords.problem(registration.password(), registration.username());
    if (weak != null) {
      in.reject("password", weak);
    }
    in.validate();
    return registration;
  }
}
