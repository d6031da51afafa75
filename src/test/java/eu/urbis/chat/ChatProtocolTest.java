package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The /ws handshake, frame validation and limits: every bad input gets its documented answer or close. */
class ChatProtocolTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("chat", new JsonObject().put("authTimeoutMillis", 300)));
  private static final Api api = server.api();
  private static JsonObject member;
  private static String room;

  @BeforeAll
  static void setUp() {
    member = api.newMember("proto");
    room = ChatClient.newPublicRoom(api, token(), "Protocol");
  }

  private static String token() {
    return member.getString("token");
  }

  private static JsonObject frame(String type) {
    return new JsonObject().put("type", type);
  }

  @Test
  void authAnswersReadyWithTheUser() {
    try (ChatClient client = ChatClient.connect(server)) {
      client.send(frame("auth").put("token", token()));
      JsonObject ready = await(client.frame(f -> "ready".equals(f.getString("type"))));
      assertThat(ready.getJsonObject("user").getString("id")).isEqualTo(member.getJsonObject("user").getString("id"));
      assertThat(ready.getJsonObject("user").fieldNames()).contains("username", "displayName", "role");
    }
  }

  @Test
  void noAuthWithinTheTimeLimitCloses4401() {
    try (ChatClient client = ChatClient.connect(server)) {
      assertThat(await(client.closed())).isEqualTo((short) 4401);
    }
  }

  @Test
  void aFrameBeforeAuthCloses4401() {
    try (ChatClient client = ChatClient.connect(server)) {
      client.send(frame("join").put("room", room));
      assertThat(await(client.closed())).isEqualTo((short) 4401);
      assertThat(client.frames(f -> true)).isEmpty();
    }
  }

  @Test
  void garbageBeforeAuthCloses4401() {
    try (ChatClient client = ChatClient.connect(server)) {
      client.sendText("hello?");
      assertThat(await(client.closed())).isEqualTo((short) 4401);
    }
  }

  @Test
  void aForgedTokenCloses4401() {
    try (ChatClient client = ChatClient.connect(server)) {
      client.send(frame("auth").put("token", "not.a.jwt"));
      assertThat(await(client.closed())).isEqualTo((short) 4401);
    }
  }

  @Test
  void anExpiredTokenCloses4401() {
    JWTAuth jwt = JWTAuth.create(server.vertx(), new JWTAuthOptions()
      .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(TestServer.JWT_SECRET)));
    long past = System.currentTimeMillis() / 1000 - 3600;
    String expired = jwt.generateToken(
      new JsonObject().put("sub", member.getJsonObject("user").getString("id")).put("iat", past - 900).put("exp", past),
      new JWTOptions().setAlgorithm("HS256").setIssuer("urbis").setAudience(List.of("urbis-clients")).setNoTimestamp(true));
    try (ChatClient client = ChatClient.connect(server)) {
      client.send(frame("auth").put("token", expired));
      assertThat(await(client.closed())).isEqualTo((short) 4401);
    }
  }

  @Test
  void pingAnswersPong() {
    try (ChatClient client = ChatClient.authenticated(server, token())) {
      client.send(frame("ping"));
      assertThat(await(client.frame(f -> "pong".equals(f.getString("type"))))).isNotNull();
    }
  }

  @Test
  void eachBadFrameGetsBadFrameAndTheSocketKeepsWorking() {
    try (ChatClient client = ChatClient.authenticated(server, token())) {
      List<String> bad = List.of(
        "not json",
        new JsonArray().add(1).encode(),
        "{}",
        frame("dance").encode(),
        new JsonObject().put("type", 7).encode(),
        frame("join").encode(),
        frame("join").put("room", 12).encode(),
        frame("join").put("room", room).put("since", "yesterday").encode(),
        frame("join").put("room", room).put("since", -1).encode(),
        frame("send").put("room", room).put("body", "no client id").encode(),
        frame("send").put("room", room).put("clientId", "x").encode(),
        frame("read").put("room", room).encode(),
        frame("edit").put("room", room).put("id", "x1").put("body", "b").encode(),
        frame("auth").put("token", token()).encode());
      for (String text : bad) {
        int before = client.frames(f -> "error".equals(f.getString("type"))).size();
        client.sendText(text);
        client.send(frame("ping"));
        await(client.frame(f -> "error".equals(f.getString("type")) && client.frames(e -> "error".equals(e.getString("type"))).size() > before));
        List<JsonObject> errors = client.frames(f -> "error".equals(f.getString("type")));
        assertThat(errors.get(errors.size() - 1).getString("code")).as(text).isEqualTo("bad_frame");
      }
      JsonObject ack = client.say(room, "still here");
      assertThat(ack.getString("type")).isEqualTo("ack");
    }
  }

  @Test
  void anUnknownRoomIsUnknownRoom() {
    try (ChatClient client = ChatClient.authenticated(server, token())) {
      client.send(frame("join").put("room", "999999"));
      JsonObject error = await(client.error("unknown_room"));
      assertThat(error.getString("ref")).isEqualTo("join");
      client.send(frame("join").put("room", "lobby-that-is-not"));
      assertThat(client.say("999999", "c-unknown", "hi").getString("code")).isEqualTo("unknown_room");
    }
  }

  @Test
  void aBodyOverTheLimitIsTooLargeAndNotStored() {
    try (ChatClient client = ChatClient.authenticated(server, token())) {
      JsonObject answer = client.say(room, "x".repeat(4001));
      assertThat(answer.getString("code")).isEqualTo("too_large");
      JsonObject fits = client.say(room, "é".repeat(4000));
      assertThat(fits.getString("type")).isEqualTo("ack");
    }
  }

  @Test
  void aFrameOver64KiBCloses1009AndOthersAreServed() {
    try (ChatClient other = ChatClient.authenticated(server, token());
         ChatClient big = ChatClient.authenticated(server, token())) {
      big.sendText(frame("send").put("room", room).put("clientId", "big").put("body", "y".repeat(70_000)).encode());
      assertThat(await(big.closed())).isEqualTo((short) 1009);
      assertThat(other.say(room, "after the big one").getString("type")).isEqualTo("ack");
    }
  }

  @Test
  void aWebSocketElsewhereThanWsIsRefused() {
    var client = server.vertx().createWebSocketClient();
    try {
      assertThat(client.connect(server.port(), "127.0.0.1", "/elsewhere").toCompletionStage().toCompletableFuture())
        .failsWithin(TestServer.timeout());
    } finally {
      client.close();
    }
  }
}
