package eu.urbis.profile;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.user.Locales;
import io.vertx.core.json.JsonObject;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code {"email"?, "emailPrefs"?: {"mode"}, "locale"?}}: which of the caller's settings change, and to what. A field
 * sent as null clears it ({@code changesEmail} with a null {@code email}); an absent one stays as it is; a null
 * {@code mode} leaves the mail mode alone.
 */
record SettingsPatch(boolean changesEmail, String email, String mode, boolean changesLocale, String locale) {
  private static final Pattern EMAIL = Pattern.compile(
    "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Set<String> MODES = Set.of("immediate", "daily", "weekly", "off");

  static SettingsPatch from(JsonObject body) {
    Input in = Input.of(body);
    String email = in.optionalText("email", 3, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.reject("email", FieldCode.PATTERN, "must be an e-mail address such as name@example.org");
    }
    String mode = mode(in, body.getValue("emailPrefs"));
    String locale = in.optionalText("locale", 2, 2);
    if (locale != null && !Locales.CODES.contains(locale)) {
      in.reject("locale", FieldCode.ONE_OF, new JsonObject().put("allowed", String.join(", ", Locales.CODES)),
        "must be one of " + String.join(", ", Locales.CODES) + ", or null");
    }
    in.validate();
    return new SettingsPatch(body.containsKey("email"), email, mode, body.containsKey("locale"), locale);
  }

  private static String mode(Input in, Object prefs) {
    if (prefs == null) {
      return null;
    }
    if (prefs instanceof JsonObject object && object.getValue("mode") instanceof String text && MODES.contains(text)) {
      return text;
    }
    in.reject("emailPrefs.mode", FieldCode.ONE_OF, new JsonObject().put("allowed", String.join(", ", MODES.stream().sorted().toList())),
      "must be one of immediate, daily, weekly, off");
    return null;
  }
}
