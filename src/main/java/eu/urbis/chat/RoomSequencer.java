package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.user.UserRef;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.EventBus;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Group commit for the rooms one event loop owns (see {@link ChatShards}): sends to any of them wait in one queue
 * while the previous batch commits, then all of them go in one statement (one transaction, one WAL flush, however
 * many rooms they are for). The queue keeps each room's sends in arrival order, which is their seq order. Each
 * sender is answered only after the commit, and the new messages are published after it. Only the owning loop
 * touches it.
 */
final class RoomSequencer {
  private static final Logger log = LoggerFactory.getLogger(RoomSequencer.class);
  /** Encoding a batch and its frames runs on the event loop: a few hundred KiB keeps that to a few ms. */
  private static final int MAX_BATCH_CHARS = 256 * 1024;

  /** A send accepted by its socket: validated, rendered, waiting for its seq. */
  record Pending(long room, String authorId, UserRef author, String clientId, String body, String html, Attached files,
                 Promise<ChatMessage> stored) {
    static String key(long room, String authorId, String clientId) {
      return room + ":" + authorId + ":" + clientId;
    }

    String key() {
      return key(room, authorId, clientId);
    }
  }

  private final Pool pool;
  private final ChatRepository repository;
  private final EventBus bus;
  private final int maxBatch;
  private final ChatMetrics metrics;
  private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
  private boolean committing;

  RoomSequencer(Pool pool, ChatRepository repository, EventBus bus, int maxBatch, ChatMetrics metrics) {
    this.metrics = metrics;
    this.pool = pool;
    this.repository = repository;
    this.bus = bus;
    this.maxBatch = maxBatch;
  }

  void submit(Pending send) {
    waiting.add(send);
    if (!committing) {
      commitNext();
    }
  }

  private void commitNext() {
    List<Pending> batch = new ArrayList<>(Math.min(waiting.size(), maxBatch));
    int chars = 0;
    while (!waiting.isEmpty() && batch.size() < maxBatch && (batch.isEmpty() || chars < MAX_BATCH_CHARS)) {
      Pending next = waiting.poll();
      chars += next.body().length() + next.html().length();
      batch.add(next);
    }
    committing = true;
    metrics.batchSizes.record(batch.size());
    MessageBatch stored = new MessageBatch(batch);
    repository.storeBatch(pool, stored.roomIds(), stored.authorIds(), stored.clientIds(), stored.bodies(), stored.htmls(), stored.files())
      .onComplete(done -> {
        if (done.succeeded()) {
          stored.stored(done.result());
          stored.settle();
          // publish after commit without db.Transactions on purpose: the batch is one autocommit statement, and
          // withTransaction would add a BEGIN and a COMMIT round trip to every batch of the hot path
          stored.fresh().forEach(message -> bus.publish(Addresses.room(Long.toString(message.roomId())),
            RoomEvent.ofMessage(message, message.seq(), ChatCodec.message(message))));
        } else {
          log.warn("chat batch of {} failed: {}", batch.size(), done.cause().toString());
          batch.forEach(send -> send.stored().fail(done.cause()));
        }
        committing = false;
        if (!waiting.isEmpty()) {
          commitNext();
        }
      });
  }
}
