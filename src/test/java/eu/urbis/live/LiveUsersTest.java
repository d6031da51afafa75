package eu.urbis.live;

import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-user channel: what a feature pushes to a user reaches every open socket of that user, and no one else's. */
class LiveUsersTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private record Hello(String text) implements UserEvent {
    @Override
    public JsonObject frame() {
      return LiveFrames.frame("hello").put("text", text);
    }
  }

  private static String id(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  @Test
  void anEventPushedToAUserReachesEachOfTheirSocketsAndNoOneElse() {
    JsonObject target = api.newMember("target");
    try (ChatClient one = ChatClient.authenticated(server, target.getString("token"));
         ChatClient two = ChatClient.authenticated(server, target.getString("token"));
         ChatClient bystander = ChatClient.authenticated(server, api.newMember("bystander").getString("token"))) {
      server.app().services().live().users().push(id(target), new Hello("<b>hi</b>"));
      assertThat(await(one.frame(f -> "hello".equals(f.getString("type"))))).isEqualTo(new JsonObject().put("type", "hello").put("text", "<b>hi</b>"));
      assertThat(await(two.frame(f -> "hello".equals(f.getString("type")))).getString("text")).isEqualTo("<b>hi</b>");
      bystander.send(new JsonObject().put("type", "ping"));
      await(bystander.frame(f -> "pong".equals(f.getString("type"))));
      assertThat(bystander.frames(f -> "hello".equals(f.getString("type")))).isEmpty();
    }
  }

  @Test
  void aFrameTypeNoFeatureTakesIsABadFrame() {
    try (ChatClient client = ChatClient.authenticated(server, api.newMember("curious").getString("token"))) {
      client.send(new JsonObject().put("type", "dance"));
      JsonObject error = await(client.error("bad_frame"));
      assertThat(error.getString("message")).contains("dance");
    }
  }
}
