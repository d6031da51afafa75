package eu.urbis.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One socket's membership of one room, the order of what it is sent, and the room's mutes (a message's {@code can}
 * depends on whether the member is muted). While the history is replayed, arriving
 * events are held; once live, messages go out strictly in seq order: one that arrives ahead of the next expected
 * seq (published by another node, whose event overtook ours) waits until the gap is filled, by the event itself or,
 * after a short wait, from the database. Owned by one event loop.
 */
final class JoinedRoom {
  private List<RoomEvent> held = new ArrayList<>();
  private final TreeMap<Long, RoomEvent> early = new TreeMap<>();
  private final int maxHeld;
  private long lastSeq;
  private Mutes.OfRoom mutes;

  JoinedRoom(int maxHeld) {
    this.maxHeld = maxHeld;
  }

  /** Set once the join has read them, before anything is written. */
  void mutes(Mutes.OfRoom mutes) {
    this.mutes = mutes;
  }

  boolean muted(String userId) {
    return mutes.muted(userId);
  }

  boolean live() {
    return held == null;
  }

  /** Holds the event while replaying; false when too many are held (the socket cannot keep up). */
  boolean hold(RoomEvent event) {
    held.add(event);
    return held.size() <= maxHeld;
  }

  /** The events due now, in seq order: none for a message already sent, several when this one closes a gap. */
  List<RoomEvent> admit(RoomEvent event) {
    if (event.seq() == 0) {
      return List.of(event);
    }
    if (event.seq() <= lastSeq) {
      return List.of();
    }
    // the usual case, once per member per message: the next seq, nothing waiting
    if (event.seq() == lastSeq + 1 && early.isEmpty()) {
      lastSeq++;
      return List.of(event);
    }
    early.put(event.seq(), event);
    return drain();
  }

  /** Whether a message is waiting for an earlier one, and the seq the socket has reached. */
  boolean gapped() {
    return !early.isEmpty();
  }

  long lastSeq() {
    return lastSeq;
  }

  /** The first seq after the gap: what the database must supply is everything before it. */
  long firstEarlySeq() {
    return early.firstKey();
  }

  /** After messages up to {@code upTo} were sent from the database: the held events now due. */
  List<RoomEvent> filledUpTo(long upTo) {
    lastSeq = Math.max(lastSeq, upTo);
    early.headMap(lastSeq, true).clear();
    return drain();
  }

  /** Ends the replay at {@code replayedUpTo}; answers the held events still due, in seq order. */
  List<RoomEvent> goLive(long replayedUpTo) {
    lastSeq = replayedUpTo;
    List<RoomEvent> due = new ArrayList<>();
    held.forEach(event -> due.addAll(admit(event)));
    held = null;
    return due;
  }

  private List<RoomEvent> drain() {
    List<RoomEvent> due = new ArrayList<>();
    while (!early.isEmpty() && early.firstKey() == lastSeq + 1) {
      due.add(early.pollFirstEntry().getValue());
      lastSeq++;
    }
    return due;
  }
}
