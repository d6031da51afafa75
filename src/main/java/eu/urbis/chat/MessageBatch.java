package eu.urbis.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One group commit's sends, to any of the shard's rooms, in queue order, as the arrays the batch statement takes,
 * and what each sender is answered once it has committed: its new message, or the one its client id already made.
 */
final class MessageBatch {
  private final List<RoomSequencer.Pending> sends;
  private final Map<String, ChatMessage> byKey = new HashMap<>();
  private final List<ChatMessage> fresh = new ArrayList<>();
  private final List<MessagePosted> posted = new ArrayList<>();

  MessageBatch(List<RoomSequencer.Pending> sends) {
    this.sends = sends;
  }

  Long[] roomIds() {
    return sends.stream().map(RoomSequencer.Pending::room).toArray(Long[]::new);
  }

  Long[] authorIds() {
    return sends.stream().map(send -> Long.parseLong(send.authorId())).toArray(Long[]::new);
  }

  String[] clientIds() {
    return sends.stream().map(RoomSequencer.Pending::clientId).toArray(String[]::new);
  }

  String[] bodies() {
    return sends.stream().map(RoomSequencer.Pending::body).toArray(String[]::new);
  }

  /** Each send's file ids, comma-separated ("" for none): one text per send, since arrays of arrays must be even. */
  String[] files() {
    return sends.stream().map(send -> send.files().csv()).toArray(String[]::new);
  }

  String[] htmls() {
    return sends.stream().map(RoomSequencer.Pending::html).toArray(String[]::new);
  }

  /** Matches the stored rows to the sends by room, author and client id; the author is the sender's own. */
  void stored(List<ChatRepository.Stored> rows) {
    Map<String, RoomSequencer.Pending> senders = new HashMap<>();
    sends.forEach(send -> senders.putIfAbsent(send.key(), send));
    for (ChatRepository.Stored row : rows) {
      String key = RoomSequencer.Pending.key(row.roomId(), row.authorId(), row.clientId());
      ChatMessage message = new ChatMessage(row.id(), row.roomId(), row.seq(), senders.get(key).author(), row.body(), row.html(),
        row.clientId(), row.ts(), row.editedAt(), row.deleted(), senders.get(key).files().json());
      byKey.put(key, message);
      if (row.fresh()) {
        fresh.add(message);
        RoomSequencer.Pending send = senders.get(key);
        if (MessagePosted.concerns(send.direct(), send.mentions())) {
          posted.add(new MessagePosted(Long.toString(row.roomId()), Long.toString(row.id()), row.seq(), send.authorId(),
            send.direct(), send.mentions()));
        }
      }
    }
    fresh.sort(Comparator.comparingLong(ChatMessage::seq));
  }

  /** After commit: every send, first or retry, gets the message its client id names. */
  void settle() {
    sends.forEach(send -> send.stored().complete(byKey.get(send.key())));
  }

  /** The new messages that concern someone beyond the room's sockets (direct, or mentioning someone). */
  List<MessagePosted> posted() {
    return posted;
  }

  /** The messages this batch created, each room's in seq order: what members have not seen yet. */
  List<ChatMessage> fresh() {
    return fresh;
  }
}
