package eu.urbis.chat;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ChatClient.presence;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Ephemeral room state: who is online, who is typing, and leaving. */
class ChatPresenceTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static String newRoom(String token) {
    return ChatClient.newPublicRoom(api, token, "Presence");
  }

  @Test
  void membersSeeEachOtherComeOnlineAndGoOffline() {
    JsonObject ana = api.newMember("ana");
    JsonObject bo = api.newMember("bo");
    String anaId = ana.getJsonObject("user").getString("id");
    String boId = bo.getJsonObject("user").getString("id");
    String room = newRoom(ana.getString("token"));
    try (ChatClient first = ChatClient.authenticated(server, ana.getString("token"))) {
      first.join(room, null);
      try (ChatClient second = ChatClient.authenticated(server, bo.getString("token"))) {
        second.join(room, null);
        await(first.frame(presence(room, boId, "online")));
        await(second.frame(presence(room, anaId, "online")));
        second.send(new JsonObject().put("type", "leave").put("room", room));
        await(second.frame(f -> "left".equals(f.getString("type")) && room.equals(f.getString("room"))));
        await(first.frame(presence(room, boId, "offline")));
        second.join(room, null);
        await(first.frame(f -> presence(room, boId, "online").test(f) && first.frames(presence(room, boId, "online")).size() == 2));
      }
      await(first.frame(f -> presence(room, boId, "offline").test(f) && first.frames(presence(room, boId, "offline")).size() == 2));
    }
  }

  @Test
  void typingReachesTheOthersButNotTheTypist() {
    JsonObject ana = api.newMember("typist");
    JsonObject bo = api.newMember("reader");
    String room = newRoom(ana.getString("token"));
    try (ChatClient typist = ChatClient.authenticated(server, ana.getString("token"));
         ChatClient reader = ChatClient.authenticated(server, bo.getString("token"))) {
      typist.join(room, null);
      reader.join(room, null);
      typist.send(new JsonObject().put("type", "typing").put("room", room));
      JsonObject typing = await(reader.frame(f -> "typing".equals(f.getString("type"))));
      assertThat(typing.getString("room")).isEqualTo(room);
      assertThat(typing.getJsonObject("user").getString("id")).isEqualTo(ana.getJsonObject("user").getString("id"));
      typist.say(room, "done typing");
      await(typist.message(room, 1));
      assertThat(typist.frames(f -> "typing".equals(f.getString("type")))).isEmpty();
    }
  }

  @Test
  void aSocketGetsEveryJoinedRoomsFrames() {
    JsonObject user = api.newMember("multi");
    String a = newRoom(user.getString("token"));
    String b = newRoom(user.getString("token"));
    try (ChatClient client = ChatClient.authenticated(server, user.getString("token"))) {
      client.join(a, null);
      client.join(b, null);
      client.say(a, "in a");
      client.say(b, "in b");
      await(client.message(a, 1));
      await(client.message(b, 1));
      client.send(new JsonObject().put("type", "leave").put("room", a));
      await(client.frame(f -> "left".equals(f.getString("type"))));
      client.say(a, "a again");
      client.say(b, "b again");
      await(client.message(b, 2));
      assertThat(client.messages(a)).hasSize(1);
    }
  }
}
