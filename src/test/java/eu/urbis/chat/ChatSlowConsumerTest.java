package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A reader that stops reading is cut off (1013) without slowing the room, and loses nothing when it comes back. */
class ChatSlowConsumerTest {
  private static final int MESSAGES = 1_500;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("chat", new JsonObject()
    .put("sendBurst", 100_000)
    .put("writeQueueMaxBytes", 16_384)
    .put("slowConsumerMillis", 300)));
  private static final Api api = server.api();

  /** Completes when the condition holds, looking every 20 ms on the event loop. */
  private static Future<Void> when(BooleanSupplier condition) {
    Promise<Void> done = Promise.promise();
    server.vertx().setPeriodic(20, id -> {
      if (condition.getAsBoolean()) {
        server.vertx().cancelTimer(id);
        done.tryComplete();
      }
    });
    return done.future();
  }

  @Test
  void aStalledReaderIsCutOffWhileOthersKeepUpAndItCatchesUpWithSince() {
    JsonObject writer = api.newMember("writer");
    JsonObject fastUser = api.newMember("fast");
    JsonObject slowUser = api.newMember("slow");
    String room = ChatClient.newPublicRoom(api, writer.getString("token"), "Firehose");
    String body = "z".repeat(3_900);
    try (ChatClient sender = ChatClient.authenticated(server, writer.getString("token"));
         ChatClient fast = ChatClient.authenticated(server, fastUser.getString("token"));
         ChatClient slow = ChatClient.authenticated(server, slowUser.getString("token"), new WebSocketClientOptions().setReceiveBufferSize(4096))) {
      fast.join(room, null);
      slow.join(room, null);
      int socketsBefore = server.app().services().live().openSockets();
      slow.socket().pause();

      // paced at 500 messages/s, each ~8 KB on the wire: the stalled reader's buffers fill within a second
      List<Long> latencies = new ArrayList<>();
      List<Future<JsonObject>> delivered = new ArrayList<>();
      for (int i = 1; i <= MESSAGES; i++) {
        delivered.add(fast.message(room, i));
      }
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      AtomicInteger next = new AtomicInteger(1);
      server.vertx().setPeriodic(10, timer -> {
        for (int k = 0; k < 5 && next.get() <= MESSAGES; k++) {
          String clientId = "m" + next.getAndIncrement();
          sentAt.put(clientId, System.nanoTime());
          sender.socket().writeTextMessage(new JsonObject().put("type", "send").put("room", room)
            .put("clientId", clientId).put("body", body).encode());
        }
        if (next.get() > MESSAGES) {
          server.vertx().cancelTimer(timer);
        }
      });
      delivered.forEach(message -> message.onSuccess(m -> {
        synchronized (latencies) {
          latencies.add((System.nanoTime() - sentAt.get(m.getString("clientId"))) / 1_000_000);
        }
      }));
      await(Future.all(delivered));
      assertThat(LongStream.rangeClosed(1, MESSAGES).boxed().toList())
        .isEqualTo(fast.messages(room).stream().map(m -> m.getLong("seq")).toList());
      await(when(() -> server.app().services().live().openSockets() == socketsBefore - 1));
      List<Long> sorted;
      synchronized (latencies) {
        sorted = latencies.stream().sorted().toList();
      }
      assertThat(sorted).hasSize(MESSAGES);
      assertThat(sorted.get(sorted.size() * 99 / 100)).as("p99 ms of the reader that keeps up").isLessThan(1_000);

      slow.socket().resume();
      assertThat(await(slow.closed())).isEqualTo((short) 1013);
      List<JsonObject> got = slow.messages(room);
      assertThat(got.size()).isLessThan(MESSAGES);
      long last = got.isEmpty() ? 0 : got.get(got.size() - 1).getLong("seq");
      assertThat(got.stream().map(m -> m.getLong("seq")).toList()).isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());

      try (ChatClient back = ChatClient.authenticated(server, slowUser.getString("token"))) {
        back.join(room, last);
        await(back.message(room, MESSAGES));
        assertThat(back.messages(room).stream().map(m -> m.getLong("seq")).toList())
          .isEqualTo(LongStream.rangeClosed(last + 1, MESSAGES).boxed().toList());
      }
    }
  }
}
