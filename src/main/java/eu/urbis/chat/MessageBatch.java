package eu.urbis.chat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One group commit's bookkeeping: which sends are retries of stored messages (same author and client id, also
 * twice within the batch), which take new seqs, and what each sender is answered once the batch has committed.
 */
final class MessageBatch {
  record NewRows(Long[] seqs, Long[] authorIds, String[] clientIds, String[] bodies, String[] htmls, long lastSeq) {
    boolean isEmpty() {
      return seqs.length == 0;
    }
  }

  private final long room;
  private final List<RoomSequencer.Pending> sends;
  private final Map<String, ChatMessage> byKey = new HashMap<>();
  private final List<RoomSequencer.Pending> fresh = new ArrayList<>();
  private final List<ChatMessage> freshMessages = new ArrayList<>();

  MessageBatch(long room, List<RoomSequencer.Pending> sends) {
    this.room = room;
    this.sends = sends;
  }

  long room() {
    return room;
  }

  Long[] authorIds() {
    return sends.stream().map(send -> Long.parseLong(send.authorId())).toArray(Long[]::new);
  }

  String[] clientIds() {
    return sends.stream().map(RoomSequencer.Pending::clientId).toArray(String[]::new);
  }

  /** Gives each first-seen send the next seq after {@code lastSeq}; retries keep the message they already have. */
  NewRows assign(List<ChatMessage> existing, long lastSeq) {
    byKey.clear();
    fresh.clear();
    freshMessages.clear();
    existing.forEach(message -> byKey.put(message.author().id() + ":" + message.clientId(), message));
    Map<String, Boolean> taken = new HashMap<>();
    for (RoomSequencer.Pending send : sends) {
      if (!byKey.containsKey(send.key()) && taken.putIfAbsent(send.key(), true) == null) {
        fresh.add(send);
      }
    }
    int n = fresh.size();
    Long[] seqs = new Long[n];
    Long[] authors = new Long[n];
    String[] clientIds = new String[n];
    String[] bodies = new String[n];
    String[] htmls = new String[n];
    for (int i = 0; i < n; i++) {
      RoomSequencer.Pending send = fresh.get(i);
      seqs[i] = lastSeq + 1 + i;
      authors[i] = Long.parseLong(send.authorId());
      clientIds[i] = send.clientId();
      bodies[i] = send.body();
      htmls[i] = send.html();
    }
    return new NewRows(seqs, authors, clientIds, bodies, htmls, lastSeq + n);
  }

  /** Rows come back in any order; they are matched to their sends by seq. */
  void inserted(List<ChatRepository.Inserted> rows) {
    long firstSeq = rows.stream().mapToLong(ChatRepository.Inserted::seq).min().orElse(0);
    ChatMessage[] ordered = new ChatMessage[fresh.size()];
    for (ChatRepository.Inserted row : rows) {
      int index = (int) (row.seq() - firstSeq);
      RoomSequencer.Pending send = fresh.get(index);
      ChatMessage message = new ChatMessage(row.id(), room, row.seq(), send.author(), send.body(), send.html(),
        send.clientId(), row.ts(), null, false);
      ordered[index] = message;
      byKey.put(send.key(), message);
    }
    freshMessages.addAll(List.of(ordered));
  }

  /** After commit: every send, first or retry, gets the message its client id names. */
  void settle() {
    sends.forEach(send -> send.stored().complete(byKey.get(send.key())));
  }

  /** The messages this batch created, in seq order: what members have not seen yet. */
  List<ChatMessage> fresh() {
    return freshMessages;
  }
}
