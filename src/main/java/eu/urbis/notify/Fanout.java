package eu.urbis.notify;

import eu.urbis.live.LiveUsers;

import java.util.List;

/** After the notifications of one event are committed, each recipient's open sockets hear of theirs. */
final class Fanout {
  private final LiveUsers live;

  Fanout(LiveUsers live) {
    this.live = live;
  }

  /** Rows another node inserted first are not returned, so each notification is pushed once, by one node. */
  void push(List<NotificationRepository.Made> made) {
    made.forEach(one -> live.push(Long.toString(one.userId()), new NotificationFrames.Arrived(one.notification(), one.unread())));
  }
}
