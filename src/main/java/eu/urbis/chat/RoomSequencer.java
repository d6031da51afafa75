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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Group commit for the rooms one event loop owns (see {@link ChatShards}): sends to a room wait in that room's
 * queue while its previous batch commits, then all of them go in one statement (one transaction, one fsync). Each sender is answered only
 * after the commit, and the new messages are published in seq order after it. Only the owning loop touches it.
 */
final class RoomSequencer {
  private static final Logger log = LoggerFactory.getLogger(RoomSequencer.class);
  /** Encoding a batch and its frames runs on the event loop: a few hundred KiB keeps that to a few ms. */
  private static final int MAX_BATCH_CHARS = 256 * 1024;

  /** A send accepted by its socket: validated, rendered, waiting for its seq. */
  record Pending(String authorId, UserRef author, String clientId, String body, String html, Promise<ChatMessage> stored) {
    String key() {
      return authorId + ":" + clientId;
    }
  }

  private static final class Queue {
    final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    boolean committing;
  }

  private final Pool pool;
  private final ChatRepository repository;
  private final EventBus bus;
  private final int maxBatch;
  private final ChatMetrics metrics;
  private final Map<Long, Queue> rooms = new HashMap<>();

  RoomSequencer(Pool pool, ChatRepository repository, EventBus bus, int maxBatch, ChatMetrics metrics) {
    this.metrics = metrics;
    this.pool = pool;
    this.repository = repository;
    this.bus = bus;
    this.maxBatch = maxBatch;
  }

  void submit(long room, Pending send) {
    Queue queue = rooms.computeIfAbsent(room, id -> new Queue());
    queue.waiting.add(send);
    if (!queue.committing) {
      commitNext(room, queue);
    }
  }

  private void commitNext(long room, Queue queue) {
    List<Pending> batch = new ArrayList<>(Math.min(queue.waiting.size(), maxBatch));
    int chars = 0;
    while (!queue.waiting.isEmpty() && batch.size() < maxBatch && (batch.isEmpty() || chars < MAX_BATCH_CHARS)) {
      Pending next = queue.waiting.poll();
      chars += next.body().length() + next.html().length();
      batch.add(next);
    }
    queue.committing = true;
    metrics.batchSizes.record(batch.size());
    MessageBatch stored = new MessageBatch(room, batch);
    repository.storeBatch(pool, room, stored.authorIds(), stored.clientIds(), stored.bodies(), stored.htmls())
      .onComplete(done -> {
        if (done.succeeded()) {
          stored.stored(done.result());
          stored.settle();
          stored.fresh().forEach(message -> bus.publish(Addresses.room(Long.toString(room)),
            new RoomEvent(room, message.seq(), ChatCodec.message(message), null)));
        } else {
          log.warn("chat batch of {} for room {} failed: {}", batch.size(), room, done.cause().toString());
          batch.forEach(send -> send.stored().fail(done.cause()));
        }
        if (queue.waiting.isEmpty()) {
          queue.committing = false;
          rooms.remove(room);
        } else {
          commitNext(room, queue);
        }
      });
  }
}
