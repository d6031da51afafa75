package eu.urbis.live;

import eu.urbis.bus.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * The per-user channel: a {@link UserEvent} pushed here reaches every open socket of that user, on whichever node.
 * The frame is encoded once and carried as text on {@code Addresses.user(id)}. Call it after the commit that made
 * the event true (the after-commit hook), so no socket hears of what may still roll back.
 */
public final class LiveUsers {
  private static final DeliveryOptions HERE = new DeliveryOptions().setLocalOnly(true);

  private final Vertx vertx;

  public LiveUsers(Vertx vertx) {
    this.vertx = vertx;
  }

  public void push(String userId, UserEvent event) {
    vertx.eventBus().publish(Addresses.user(userId), event.frame().encode());
  }

  /**
   * Pushes to the user's sockets on this node only: for what every node finds out for itself, so that each tells
   * its own sockets and no socket hears it twice.
   */
  public void pushHere(String userId, UserEvent event) {
    vertx.eventBus().publish(Addresses.user(userId), event.frame().encode(), HERE);
  }
}
