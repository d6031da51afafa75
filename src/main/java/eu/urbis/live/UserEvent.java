package eu.urbis.live;

import io.vertx.core.json.JsonObject;

/**
 * Something for every open socket of one user (a notification, a new unread count, a room they were added to),
 * sent with {@link LiveUsers#push}. Each feature declares its own records; {@link #frame()} is the one wire form.
 */
public interface UserEvent {
  /** The frame written to each of the user's sockets, with its {@code type}. */
  JsonObject frame();
}
