package eu.urbis.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order one socket is sent a room's events in; the cluster tests drive the same class over real nodes. */
class JoinedRoomTest {

  private static RoomEvent message(long seq) {
    return new RoomEvent(7, seq, "m" + seq, null);
  }

  private static List<Long> seqs(List<RoomEvent> events) {
    return events.stream().map(RoomEvent::seq).toList();
  }

  private static JoinedRoom liveAfter(long replayedUpTo) {
    JoinedRoom room = new JoinedRoom(10);
    assertThat(room.goLive(replayedUpTo)).isEmpty();
    return room;
  }

  @Test
  void messagesInSeqOrderGoOutAtOnce() {
    JoinedRoom room = liveAfter(3);
    assertThat(seqs(room.admit(message(4)))).containsExactly(4L);
    assertThat(seqs(room.admit(message(5)))).containsExactly(5L);
    assertThat(room.lastSeq()).isEqualTo(5);
    assertThat(room.gapped()).isFalse();
  }

  @Test
  void aMessageAlreadySentIsDropped() {
    JoinedRoom room = liveAfter(3);
    assertThat(room.admit(message(3))).isEmpty();
    assertThat(seqs(room.admit(message(4)))).containsExactly(4L);
    assertThat(room.admit(message(4))).isEmpty();
  }

  @Test
  void aMessageAheadOfTheNextWaitsUntilTheGapIsFilledThenAllGoOutInOrder() {
    JoinedRoom room = liveAfter(3);
    assertThat(room.admit(message(6))).isEmpty();
    assertThat(room.admit(message(5))).isEmpty();
    assertThat(room.gapped()).isTrue();
    assertThat(room.firstEarlySeq()).isEqualTo(5);
    assertThat(seqs(room.admit(message(4)))).containsExactly(4L, 5L, 6L);
    assertThat(room.gapped()).isFalse();
    assertThat(seqs(room.admit(message(7)))).containsExactly(7L);
  }

  @Test
  void aGapFilledFromTheDatabaseReleasesWhatWaitedBehindIt() {
    JoinedRoom room = liveAfter(3);
    room.admit(message(6));
    assertThat(seqs(room.filledUpTo(5))).containsExactly(6L);
    assertThat(room.lastSeq()).isEqualTo(6);
  }

  @Test
  void eventsArrivingDuringTheReplayAreHeldAndOnlyThoseAfterItGoOut() {
    JoinedRoom room = new JoinedRoom(10);
    assertThat(room.live()).isFalse();
    assertThat(room.hold(message(2))).isTrue();
    assertThat(room.hold(RoomEvent.of(7, "presence"))).isTrue();
    assertThat(room.hold(message(3))).isTrue();
    assertThat(room.goLive(2)).extracting(RoomEvent::frame).containsExactly("presence", "m3");
    assertThat(room.live()).isTrue();
  }

  @Test
  void holdingMoreThanTheLimitWhileReplayingSaysTheSocketCannotKeepUp() {
    JoinedRoom room = new JoinedRoom(2);
    assertThat(room.hold(message(1))).isTrue();
    assertThat(room.hold(message(2))).isTrue();
    assertThat(room.hold(message(3))).isFalse();
  }
}
