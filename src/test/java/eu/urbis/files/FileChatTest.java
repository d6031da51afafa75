package eu.urbis.files;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Files sent in chat: stored with the message before the ack, shown to the room, served to those who see it. */
class FileChatTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final FilesApi files = new FilesApi(api);

  @Test
  void aSendWithFilesIsStoredWithThemBeforeTheAckAndReachesTheRoom() {
    JsonObject sender = api.newMember("chat-sender");
    JsonObject member = api.newMember("chat-member");
    String room = ChatClient.newPublicRoom(api, sender.getString("token"), "Slides room");
    JsonObject slides = files.uploaded(sender.getString("token"), "slides.pdf", FilesApi.pdf("Chat slides"), "application/pdf");
    try (ChatClient a = ChatClient.authenticated(server, sender.getString("token"));
         ChatClient b = ChatClient.authenticated(server, member.getString("token"))) {
      a.join(room, null);
      b.join(room, null);
      String clientId = ChatClient.newClientId();
      a.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "The slides")
        .put("files", new JsonArray().add(slides.getString("id"))));
      JsonObject ack = await(a.answerTo(clientId));
      assertThat(ack.getString("type")).as(ack.encode()).isEqualTo("ack");
      assertThat(Db.count(server, "SELECT count(*) FROM file_attachments WHERE target_type = 'message' AND target_id = $1",
        Long.parseLong(ack.getString("id")))).isEqualTo(1);

      JsonObject message = await(b.message(room, ack.getLong("seq")));
      assertThat(message.getJsonArray("files").getJsonObject(0)).isEqualTo(slides);
    }
    assertThat(api.get("/api/files/" + slides.getString("id"), member.getString("token")).statusCode()).isEqualTo(200);
    JsonArray history = api.get("/api/chat/rooms/" + room + "/messages", member.getString("token")).bodyAsJsonObject().getJsonArray("items");
    assertThat(history.getJsonObject(0).getJsonArray("files").getJsonObject(0).getString("name")).isEqualTo("slides.pdf");
  }

  @Test
  void aFileSentInAPrivateRoomIsNotServedToOutsiders() {
    String owner = api.newMember("private-owner").getString("token");
    String room = ChatClient.newRoom(api, owner, "Private files", "private");
    JsonObject memo = files.uploaded(owner, "memo.txt", Buffer.buffer("private memo"), "text/plain");
    try (ChatClient chat = ChatClient.authenticated(server, owner)) {
      chat.join(room, null);
      String clientId = ChatClient.newClientId();
      chat.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "Memo")
        .put("files", new JsonArray().add(memo.getString("id"))));
      assertThat(await(chat.answerTo(clientId)).getString("type")).isEqualTo("ack");
    }
    assertProblem(api.get("/api/files/" + memo.getString("id"), api.newMember("outsider").getString("token")), 404);
    assertThat(api.get("/api/files/" + memo.getString("id"), owner).statusCode()).isEqualTo(200);
  }

  @Test
  void sendingSomeoneElsesFileIsABadFrameAndStoresNothing() {
    JsonObject theirs = files.uploaded(api.newMember("their-file").getString("token"), "theirs.txt", Buffer.buffer("theirs"), "text/plain");
    String token = api.newMember("chat-taker").getString("token");
    String room = ChatClient.newPublicRoom(api, token, "Taking room");
    try (ChatClient chat = ChatClient.authenticated(server, token)) {
      chat.join(room, null);
      String clientId = ChatClient.newClientId();
      chat.send(new JsonObject().put("type", "send").put("room", room).put("clientId", clientId).put("body", "Mine")
        .put("files", new JsonArray().add(theirs.getString("id"))));
      JsonObject answer = await(chat.answerTo(clientId));
      assertThat(answer.getString("type")).isEqualTo("error");
      assertThat(answer.getString("code")).isEqualTo("bad_frame");
    }
    assertThat(Db.count(server, "SELECT count(*) FROM chat_messages WHERE room_id = $1", Long.parseLong(room))).isZero();
  }
}
