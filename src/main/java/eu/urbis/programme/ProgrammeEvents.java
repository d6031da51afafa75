package eu.urbis.programme;

import eu.urbis.bus.Addresses;
import eu.urbis.db.AfterCommit;
import io.vertx.core.eventbus.EventBus;

/** Queues a programme event on the transaction that makes the change; it is published once that commits. */
final class ProgrammeEvents {
  private final EventBus bus;

  ProgrammeEvents(EventBus bus) {
    this.bus = bus;
  }

  void announce(AfterCommit afterCommit, ProgrammeEvent event) {
    afterCommit.add(() -> publish(event));
  }

  /** A user's {@code cityRole} changed: every node's cached copy of them goes, once the change has committed. */
  void userChanged(AfterCommit afterCommit, String userId) {
    afterCommit.add(() -> bus.publish(Addresses.USER_CHANGED, userId));
  }

  /** For events that follow no change of the database (a reminder). */
  void publish(ProgrammeEvent event) {
    bus.publish(Addresses.PROGRAMME, event.toJson());
  }
}
