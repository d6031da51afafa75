package eu.urbis.bus;

import io.vertx.core.json.JsonObject;

/** Commands published on {@link Addresses#user} for that user's sockets, on every node. */
public final class SocketCommands {
  private SocketCommands() {
  }

  /** Every socket of the user closes with {@code code}. */
  public static JsonObject close(int code, String reason) {
    return new JsonObject().put("close", code).put("reason", reason);
  }

  /** Only the sockets opened with a token of that session (one login and its refreshes) close. */
  public static JsonObject closeSession(String session, int code, String reason) {
    return close(code, reason).put("session", session);
  }
}
