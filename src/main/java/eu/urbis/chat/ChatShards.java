package eu.urbis.chat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import eu.urbis.content.ContentRenderer;
import eu.urbis.user.User;
import io.vertx.sqlclient.Pool;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every room belongs to one event loop of this process (room id modulo the number of shards), whose
 * {@link RoomSequencer} batches the sends to all of its rooms into one commit. A socket on any loop hands its send
 * over to the owner and is answered back on its own loop. Across nodes the row locks on the rooms order the
 * batches; this only makes them big.
 */
public final class ChatShards {
  private record Shard(Context context, RoomSequencer sequencer) {
  }

  private final Pool pool;
  private final ChatRepository repository;
  private final int maxBatch;
  private final ChatMetrics metrics;
  private final List<Shard> shards = new CopyOnWriteArrayList<>();

  ChatShards(Pool pool, ChatRepository repository, int maxBatch, ChatMetrics metrics) {
    this.metrics = metrics;
    this.pool = pool;
    this.repository = repository;
    this.maxBatch = maxBatch;
  }

  /** Deployed once per event loop before the HTTP verticles; each instance owns a share of the rooms. */
  public Verticle verticle() {
    return new Verticle();
  }

  public final class Verticle extends VerticleBase {
    @Override
    public Future<?> start() {
      shards.add(new Shard(context, new RoomSequencer(pool, repository, vertx.eventBus(), maxBatch, metrics)));
      return Future.succeededFuture();
    }
  }

  /** @param files the ids to attach and, as the message shows them, their File objects */
  Future<ChatMessage> submit(long room, User author, String clientId, String body, ContentRenderer.Rendered rendered, boolean direct,
                             Attached files) {
    Context caller = Vertx.currentContext();
    Promise<ChatMessage> answered = Promise.promise();
    Promise<ChatMessage> stored = Promise.promise();
    stored.future().onComplete(result -> {
      if (caller == null) {
        answered.handle(result);
      } else {
        caller.runOnContext(v -> answered.handle(result));
      }
    });
    Shard owner = shards.get((int) Math.floorMod(room, (long) shards.size()));
    RoomSequencer.Pending handedOver = new RoomSequencer.Pending(room, author.id(), author.ref(), clientId, body, rendered.html(),
      direct, rendered.mentions(), files, stored);
    owner.context().runOnContext(v -> owner.sequencer().submit(handedOver));
    return answered.future();
  }
}
