package eu.urbis.profile;

import eu.urbis.db.SqlStates;
import eu.urbis.http.ApiException;
import eu.urbis.http.FieldError;
import eu.urbis.http.Input;
import eu.urbis.http.ProblemType;
import eu.urbis.user.EmailSettings;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code PATCH /api/me} {@code {"email"?, "emailPrefs"?: {"mode"}}}: a person's own address (null removes it; unique
 * whatever its case) and how often they get mail. Whatever is wrong is a 400 on its field and changes nothing.
 */
public final class EmailSettingsChange {
  private static final Pattern EMAIL = Pattern.compile(
    "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Set<String> MODES = Set.of("immediate", "daily", "weekly", "off");
  private static final String UPDATE = """
    UPDATE users SET email = CASE WHEN $2 THEN $3 ELSE email END, email_mode = coalesce($4, email_mode)
     WHERE id = $1 RETURNING email, email_mode""";

  private final Pool pool;

  public EmailSettingsChange(Pool pool) {
    this.pool = pool;
  }

  public Future<EmailSettings> apply(User caller, JsonObject body) {
    Input in = Input.of(body);
    boolean changesEmail = body.containsKey("email");
    String email = in.optionalText("email", 3, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.reject("email", "must be an e-mail address such as name@example.org");
    }
    String mode = null;
    Object prefs = body.getValue("emailPrefs");
    if (prefs != null) {
      Object raw = prefs instanceof JsonObject object ? object.getValue("mode") : null;
      if (raw instanceof String text && MODES.contains(text)) {
        mode = text;
      } else {
        in.reject("emailPrefs.mode", "must be one of immediate, daily, weekly, off");
      }
    }
    in.validate();
    return pool.preparedQuery(UPDATE)
      .mapping(row -> new EmailSettings(row.getString("email"), row.getString("email_mode")))
      .execute(Tuple.of(caller.numericId(), changesEmail, email, mode))
      .map(rows -> rows.iterator().next())
      .recover(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)
        ? Future.failedFuture(new ApiException(ProblemType.CONFLICT, "That e-mail address belongs to another account.",
            List.of(new FieldError("email", "is taken")), 0, null))
        : Future.failedFuture(failure));
  }
}
