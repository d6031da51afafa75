package eu.urbis.auth;

import eu.urbis.failure.FieldCode;
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
    // the sign-up form's city picker sends "" until a city is chosen
    boolean noCity = "".equals(json.getValue("cityId"));
    Input in = Input.of(noCity ? json.copy().putNull("cityId") : json);
    if (noCity) {
      in.reject("cityId", FieldCode.REQUIRED, "Choose your city from the list.");
    }
    Registration registration = new Registration(
      in.text("username", 3, 32, USERNAME, "Use 3 to 32 lowercase letters, digits and _ . - only."),
      in.secret("password", 10, 200),
      in.text("displayName", 1, 80),
      in.optionalText("cityId", 1, 64),
      in.optionalText("inviteCode", 1, 200));
    String weak = registration.password() == null ? null : passwords.problem(registration.password(), registration.username());
    if (weak != null) {
      in.reject("password", FieldCode.WEAK_PASSWORD, weak);
    }
    in.validate();
    return registration;
  }
}
