package eu.urbis.chat;

import eu.urbis.bus.Addresses;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.EventBus;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Group commit for the rooms one event loop owns (see {@link ChatShards}): sends to any of them wait in one queue
 * while the previous batch commits, then all of them go in one statement (one transaction, one WAL flush, however
 * many rooms they are for). The queue keeps each room's sends in arrival order, which is their seq order. Each
 * sender is answered only after the commit, and the new messages are published after it. A batch PostgreSQL refuses
 * is stored again one send at a time, so only the offending send fails. Only the owning loop touches it.
 */
final class RoomSequencer {
  private static final Logger log = LoggerFactory.getLogger(RoomSequencer.class);
  /** Encoding a batch and its frames runs on the event loop: a few hundred KiB keeps that to a few ms. */
  private static final int MAX_BATCH_CHARS = 256 * 1024;

  /** A send accepted by its socket: validated, rendered, waiting for its seq. */
  record Pending(long room, String authorId, UserRef author, String clientId, String body, String html,
                 boolean direct, Set<String> mentions, Attached files, Promise<ChatMessage> stored) {
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
    store(batch)
      .recover(failure -> refusedRow(failure) && batch.size() > 1 ? storeOneByOne(batch, failure) : fail(batch, failure))
      .onComplete(done -> {
        committing = false;
        if (!waiting.isEmpty()) {
          commitNext();
        }
      });
  }

  private Future<Void> store(List<Pending> batch) {
    MessageBatch stored = new MessageBatch(batch);
    return repository.storeBatch(pool, stored.roomIds(), stored.authorIds(), stored.clientIds(), stored.bodies(), stored.htmls(),
        stored.files())
      .map(rows -> {
        stored.stored(rows);
        stored.settle();
        // publish after commit without db.Transactions on purpose: the batch is one autocommit statement, and
        // withTransaction would add a BEGIN and a COMMIT round trip to every batch of the hot path
        stored.fresh().forEach(message -> bus.publish(Addresses.room(Long.toString(message.roomId())),
          RoomEvent.ofMessage(message, message.seq(), ChatCodec.message(message))));
        stored.posted().forEach(posted -> bus.publish(Addresses.CHAT, posted.toJson()));
        return null;
      });
  }

  /** PostgreSQL refused the statement (a row's text, a constraint), as opposed to not answering at all. */
  private static boolean refusedRow(Throwable failure) {
    return failure instanceof PgException;
  }

  /** One row the database refuses must not fail its batch-mates (other users' sends): each is stored on its own. */
  private Future<Void> storeOneByOne(List<Pending> batch, Throwable failure) {
    log.warn("chat batch of {} refused, storing its sends one by one: {}", batch.size(), failure.toString());
    Future<Void> chain = Future.succeededFuture();
    for (Pending send : batch) {
      chain = chain.compose(v -> store(List.of(send)).recover(alone -> fail(List.of(send), alone)));
    }
    return chain;
  }

  private Future<Void> fail(List<Pending> sends, Throwable cause) {
    log.warn("chat batch of {} failed: {}", sends.size(), cause.toString());
    sends.forEach(send -> send.stored().fail(cause));
    return Future.succeededFuture();
  }
}
