package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Ordering, exactly-once per join, retries and replay: what members see of a room. */
class ChatDeliveryTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("rateLimits", config.getJsonObject("rateLimits").put("registrationsPerIp", 1000))
    .put("chat", new JsonObject().put("sendBurst", 10_000)));
  private static final Api api = server.api();

  private static String newRoom(String token) {
    return ChatClient.newPublicRoom(api, token, "Delivery");
  }

  private static List<Long> seqs(List<JsonObject> messages) {
    return messages.stream().map(m -> m.getLong("seq")).toList();
  }

  private static List<Long> oneTo(long n) {
    return LongStream.rangeClosed(1, n).boxed().toList();
  }

  @Test
  void twentyConcurrentSendersAndEveryMemberSeesTheSameGaplessOrder() {
    int senders = 20;
    int each = 10;
    String room = newRoom(api.newMember("owner").getString("token"));
    List<ChatClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < senders; i++) {
        ChatClient client = ChatClient.authenticated(server, api.newMember("sender").getString("token"));
        client.join(room, null);
        clients.add(client);
      }
      List<Future<JsonObject>> acks = new ArrayList<>();
      for (int n = 0; n < each; n++) {
        for (ChatClient client : clients) {
          String clientId = ChatClient.newClientId();
          acks.add(client.answerTo(clientId));
          client.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "n" + n));
        }
      }
      await(Future.all(acks));
      assertThat(acks).allSatisfy(ack -> assertThat(ack.result().getString("type")).isEqualTo("ack"));
      long total = (long) senders * each;
      List<String> firstOrder = null;
      for (ChatClient client : clients) {
        await(client.message(room, total));
        List<JsonObject> seen = client.messages(room);
        assertThat(seqs(seen)).isEqualTo(oneTo(total));
        List<String> ids = seen.stream().map(m -> m.getString("id")).toList();
        if (firstOrder == null) {
          firstOrder = ids;
        }
        assertThat(ids).isEqualTo(firstOrder);
      }
      assertThat(acks.stream().map(ack -> ack.result().getLong("seq")).sorted().toList()).isEqualTo(oneTo(total));
    } finally {
      clients.forEach(ChatClient::close);
    }
  }

  @Test
  void sendsToManyRoomsAtOnceKeepEachRoomGaplessAndInSendOrder() {
    int rooms = 6;
    int each = 25;
    String token = api.newMember("many-rooms").getString("token");
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < rooms; r++) {
      ids.add(newRoom(token));
    }
    try (ChatClient client = ChatClient.authenticated(server, token)) {
      ids.forEach(room -> client.join(room, null));
      List<Future<JsonObject>> acks = new ArrayList<>();
      for (int n = 0; n < each; n++) {
        for (String room : ids) {
          // the same client id in every room: a retry is per room, so each of these is a message of its own
          String clientId = "n" + n;
          acks.add(client.frame(f -> "ack".equals(f.getString("type")) && room.equals(f.getString("room")) && clientId.equals(f.getString("clientId"))));
          client.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "n" + n));
        }
      }
      await(Future.all(acks));
      for (String room : ids) {
        await(client.message(room, each));
        List<JsonObject> seen = client.messages(room);
        assertThat(seqs(seen)).isEqualTo(oneTo(each));
        assertThat(seen.stream().map(m -> m.getString("body"))).containsExactlyElementsOf(
          LongStream.range(0, each).mapToObj(n -> "n" + n).toList());
      }
    }
  }

  @Test
  void aRetriedClientIdStoresOneMessageAndGetsTheSameAck() {
    JsonObject member = api.newMember("retry");
    String room = newRoom(member.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, member.getString("token"))) {
      client.join(room, null);
      JsonObject first = client.say(room, "same-id", "hello once");
      client.send(new JsonObject().put("type", "send").put("room", room).put("clientId", "same-id").put("body", "hello once"));
      client.send(new JsonObject().put("type", "send").put("room", room).put("clientId", "same-id").put("body", "hello once"));
      client.send(new JsonObject().put("type", "ping"));
      await(client.frame(f -> "pong".equals(f.getString("type"))));
      JsonObject later = client.say(room, "other-id", "second");
      List<JsonObject> acks = client.frames(f -> "ack".equals(f.getString("type")) && "same-id".equals(f.getString("clientId")));
      assertThat(acks).hasSize(3).allSatisfy(ack -> {
        assertThat(ack.getString("id")).isEqualTo(first.getString("id"));
        assertThat(ack.getLong("seq")).isEqualTo(1L);
        assertThat(ack.getString("ts")).isEqualTo(first.getString("ts"));
      });
      assertThat(later.getLong("seq")).isEqualTo(2L);
      await(client.message(room, 2));
      assertThat(seqs(client.messages(room))).containsExactly(1L, 2L);
      JsonObject history = api.get("/api/chat/rooms/" + room + "/messages", member.getString("token")).bodyAsJsonObject();
      assertThat(history.getJsonArray("items")).hasSize(2);
    }
  }

  @Test
  void concurrentRetriesOfOneClientIdInOneBatchMakeOneMessage() {
    JsonObject member = api.newMember("burst-retry");
    String room = newRoom(member.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, member.getString("token"))) {
      for (int i = 0; i < 5; i++) {
        client.send(new JsonObject().put("type", "send").put("room", room).put("clientId", "dup").put("body", "once"));
      }
      await(client.frame(f -> client.frames(a -> "ack".equals(a.getString("type"))).size() == 5));
      assertThat(client.frames(a -> "ack".equals(a.getString("type"))).stream().map(a -> a.getLong("seq")).distinct()).containsExactly(1L);
    }
  }

  @Test
  void reconnectingWithSinceGetsExactlyTheMissedMessagesThenLive() {
    JsonObject reader = api.newMember("reader");
    JsonObject writer = api.newMember("writer");
    String room = newRoom(writer.getString("token"));
    try (ChatClient sender = ChatClient.authenticated(server, writer.getString("token"))) {
      sender.say(room, "before 1");
      sender.say(room, "before 2");
      long seen;
      try (ChatClient first = ChatClient.authenticated(server, reader.getString("token"))) {
        first.join(room, 0L);
        await(first.message(room, 2));
        seen = 2;
      }
      for (int i = 0; i < 5; i++) {
        sender.say(room, "meanwhile " + i);
      }
      try (ChatClient again = ChatClient.authenticated(server, reader.getString("token"))) {
        JsonObject joined = again.join(room, seen);
        assertThat(joined.getLong("lastSeq")).isEqualTo(7L);
        await(again.message(room, 7));
        sender.say(room, "live");
        await(again.message(room, 8));
        assertThat(seqs(again.messages(room))).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(again.messages(room).get(0).getString("body")).isEqualTo("meanwhile 0");
      }
    }
  }

  @Test
  void joiningWithSinceWhileMessagesFlowMissesNoneAndRepeatsNone() {
    JsonObject writer = api.newMember("stream");
    String room = newRoom(writer.getString("token"));
    int total = 120;
    try (ChatClient sender = ChatClient.authenticated(server, writer.getString("token"));
         ChatClient late = ChatClient.authenticated(server, api.newMember("late").getString("token"))) {
      List<Future<JsonObject>> acks = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        String clientId = ChatClient.newClientId();
        acks.add(sender.answerTo(clientId));
        sender.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "m" + i));
        if (i == total / 3) {
          late.send(new JsonObject().put("type", "join").put("room", room).put("since", 0));
        }
      }
      await(Future.all(acks));
      await(late.message(room, 20));
      assertThat(late.frames(f -> "error".equals(f.getString("type")))).isEmpty();
      await(late.message(room, total));
      assertThat(seqs(late.messages(room))).isEqualTo(oneTo(total));
    }
  }

  @Test
  void joiningWithoutSinceGetsOnlyWhatComesAfter() {
    JsonObject writer = api.newMember("no-since");
    String room = newRoom(writer.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, writer.getString("token"))) {
      client.say(room, "old");
      assertThat(client.join(room, null).getLong("lastSeq")).isEqualTo(1L);
      client.say(room, "new");
      await(client.message(room, 2));
      assertThat(seqs(client.messages(room))).containsExactly(2L);
      JsonObject message = client.messages(room).get(0);
      assertThat(message.fieldNames()).contains("id", "room", "seq", "author", "body", "html", "clientId", "ts", "editedAt", "deleted", "can");
    }
  }

  @Test
  void bodiesAreRenderedAsSanitizedMarkdown() {
    JsonObject writer = api.newMember("markdown");
    String room = newRoom(writer.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, writer.getString("token"))) {
      client.join(room, null);
      client.say(room, "**bold** `code` <script>alert(1)</script> https://example.org");
      JsonObject message = await(client.message(room, 1));
      assertThat(message.getString("html")).contains("<strong>bold</strong>", "<code>code</code>", "href=\"https://example.org\"")
        .doesNotContain("<script>");
      assertThat(message.getString("body")).startsWith("**bold**");
    }
  }
}
