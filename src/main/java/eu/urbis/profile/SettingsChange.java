package eu.urbis.profile;

import eu.urbis.auth.Callers;
import eu.urbis.db.SqlStates;
import eu.urbis.failure.Conflict;
import eu.urbis.failure.FieldCode;
import eu.urbis.failure.FieldError;
import eu.urbis.user.EmailSettings;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;

/**
 * {@code PATCH /api/me} {@code {"email"?, "emailPrefs"?: {"mode"}, "locale"?}}: a person's own address (null removes
 * it; unique whatever its case), how often they get mail, and the language they read Urbis in (null lets the
 * browser decide again). An absent field stays as it is; whatever is wrong is a 400 on its field and changes nothing,
 * because {@link SettingsPatch} checks every field at the edge, before the one statement that writes them all.
 */
public final class SettingsChange {
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
  Future<JsonObject> apply(User caller, SettingsPatch patch, Instant now) {
    return pool.preparedQuery(UPDATE)
      .mapping(row -> new EmailSettings(row.getString("email"), row.getString("email_mode")).addTo(User.fromRow(row).toJson(now)))
      .execute(Tuple.of(caller.numericId(), patch.changesEmail(), patch.email(), patch.mode(), patch.changesLocale(), patch.locale()))
      .map(rows -> rows.iterator().next())
      // cached copies of the caller (the socket layer, the authenticator) on every node learn the new language
      .onSuccess(me -> Callers.publishChanged(vertx, caller.id()))
      .recover(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION)
        ? Future.failedFuture(Conflict.onField("That e-mail address belongs to another account.",
            new FieldError("email", FieldCode.TAKEN, "is taken")))
        : Future.failedFuture(failure));
  }
}
