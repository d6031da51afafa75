package eu.urbis.live;

import io.vertx.core.Future;

/** A socket's interest in one event-bus address (a chat room, a thread); cancelled when no longer wanted or on close. */
public interface Subscription {
  /** Completes once the address receives events (at once locally; after propagation in a cluster). */
  Future<Void> ready();

  void cancel();
}
