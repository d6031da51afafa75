package eu.urbis.user;

import io.vertx.core.json.JsonObject;

/**
 * Where and how often a person gets e-mail: shown only to themselves ({@code GET /api/me}, {@code PATCH /api/me}).
 * {@code mode}: immediate, daily (the default), weekly or off.
 */
public record EmailSettings(String email, String mode) {
  public static final String SELECT = "SELECT email, email_mode FROM users WHERE id = $1";

  /** Adds {@code email} and {@code emailPrefs} to the caller's own User object. */
  public JsonObject addTo(JsonObject me) {
    return me.put("email", email).put("emailPrefs", new JsonObject().put("mode", mode));
  }
}
