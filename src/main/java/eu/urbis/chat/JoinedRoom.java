package eu.urbis.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * One socket's membership of one room, and the switch from replay to live: events arriving while the history
 * is read are held, then handed out skipping every message the replay already sent. Owned by one event loop.
 */
final class JoinedRoom {
  private List<RoomEvent> held = new ArrayList<>();
  private final int maxHeld;
  private long lastSeq;

  JoinedRoom(int maxHeld) {
    this.maxHeld = maxHeld;
  }

  boolean live() {
    return held == null;
  }

  /** Holds the event while replaying; false when too many are held (the socket cannot keep up). */
  boolean hold(RoomEvent event) {
    held.add(event);
    return held.size() <= maxHeld;
  }

  /** @return true when the socket should get this event now: new to it, or not a message at all */
  boolean admit(RoomEvent event) {
    if (event.seq() == 0) {
      return true;
    }
    if (event.seq() <= lastSeq) {
      return false;
    }
    lastSeq = event.seq();
    return true;
  }

  /** Ends the replay at {@code replayedUpTo}; answers the held events still due, in arrival (= seq) order. */
  List<RoomEvent> goLive(long replayedUpTo) {
    lastSeq = replayedUpTo;
    List<RoomEvent> due = new ArrayList<>();
    held.stream().filter(this::admit).forEach(due::add);
    held = null;
    return due;
  }
}
