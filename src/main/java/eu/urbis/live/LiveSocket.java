package eu.urbis.live;

import eu.urbis.user.User;
import io.vertx.core.Vertx;

import java.util.function.Consumer;

/** One authenticated socket as a feature sees it; every call is made on the socket's own event loop. */
public interface LiveSocket {
  short UNAUTHENTICATED = 4401;
  short SUSPENDED = 4403;
  short GOING_AWAY = 1001;
  short TRY_AGAIN_LATER = 1013;

  /** The signed-in user as this socket knows them now: replaced when a role change is re-read. */
  User user();

  Vertx vertx();

  /** Writes one encoded frame; a full socket that stays full is cut off (1013). */
  void write(String frame);

  /** Subscribes this socket to an event-bus address; the handler runs on the socket's loop. Cancelled on close. */
  <E> Subscription subscribe(String address, Consumer<E> handler);

  boolean closed();

  void close(short code, String reason);
}
