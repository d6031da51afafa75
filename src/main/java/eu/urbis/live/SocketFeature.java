package eu.urbis.live;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.util.Set;

/**
 * A feature that takes frames on /ws (chat's rooms, the forum's live threads). Each authenticated socket gets one
 * {@link Session} of it; frames of the types it names go to that session, one after another in arrival order.
 */
public interface SocketFeature {
  /** The client frame types this feature handles; no two features share one. */
  Set<String> frameTypes();

  Session open(LiveSocket socket);

  interface Session {
    /**
     * Handles one frame of this feature's types; the next frame of the socket waits for the returned Future. A
     * {@link FrameError} becomes an {@code error} frame; anything else is answered as {@code unavailable}.
     */
    Future<Void> handle(String type, JsonObject frame);

    /** The socket closed: forget it (its subscriptions are cancelled by the socket itself). */
    void closed();
  }
}
