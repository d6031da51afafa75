package eu.urbis.profile;

import eu.urbis.auth.Callers;
import eu.urbis.db.SqlStates;
import eu.urbis.failure.Conflict;
import eu.urbis.failure.FieldCode;
import eu.urbis.failure.FieldError;
import eu.urbis.http.Input;
import eu.urbis.user.EmailSettings;
import eu.urbis.user.Locales;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code PATCH /api/me} {@code {"email"?, "emailPrefs"?: {"mode"}, "locale"?}}: a person's own address (null removes
 * it; unique whatever its case), how often they get mail, and the language they read Urbis in (null lets the
 * browser decide again). An absent field stays as it is; whatever is wrong is a 400 on its field and changes nothing,
 * because every field is checked before the one statement that writes them all.
 */
public final class SettingsChange {
  private static final Pattern EMAIL = Pattern.compile(
    "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Set<String> MODES = Set.of("immediate", "daily", "weekly", "off");
  private static final String UPDATE = "UPDATE users SET email = CASE WHEN $2 THEN $3 ELSE email END, "
    + "email_mode = coalesce($4, email_mode), locale = CASE WHEN $5 THEN $6 ELSE locale END "
    + "WHERE id = $1 RETURNING email, email_mode, " + User.COLUMNS;

  private final Vertx vertx;
  private final Pool pool;

  public SettingsChange(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
  }

  /** The caller's own User object after the change, with {@code email} and {@code emailPrefs}. */
  public Future<JsonObject> apply(User caller, JsonObject body, Instant now) {
    Input in = Input.of(body);
    boolean changesEmail = body.containsKey("email");
    String email = in.optionalText("email", 3, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.reject("email", FieldCode.PATTERN, "must be an e-mail address such as name@example.org");
    }
    String mode = mode(in, body.getValue("emailPrefs"));
    boolean changesLocale = body.containsKey("locale");
    String locale = in.optionalText("locale", 2, 2);
    if (locale != null && !Locales.CODES.contains(locale)) {
      in.reject("locale", FieldCode.ONE_OF, new JsonObject().put("allowed", String.join(", ", Locales.CODES)),
        "must be one of " + String.join(", ", Locales.CODES) + ", or null");
    }
    in.validate();
    return pool.preparedQuery(UPDATE)
      .mapping(row -> new EmailSettings(row.getString("email"), row.getString("email_mode")).addTo(User.fromRow(row).toJson(now)))
      .execute(Tuple.of(caller.numericId(), changesEmail, email, mode, changesLocale, locale))
      .map(rows -> rows.iterator().next())
      // cached copies of the caller (the socket layer, the authenticator) on every node learn the new language
      .onSuccess(me -> Callers.publishChanged(vertx, caller.id()))
      .recover(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)
        ? Future.failedFuture(Conflict.onField("That e-mail address belongs to another account.",
            new FieldError("email", FieldCode.TAKEN, "is taken")))
        : Future.failedFuture(failure));
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
