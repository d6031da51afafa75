package eu.urbis.chat;

import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import eu.urbis.user.Role;
import eu.urbis.user.UserRef;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A send PostgreSQL refuses must fail alone, not the other users' sends of its group commit. The edge refuses NUL
 * before it gets here; this drives the sequencer directly, as a refused row that slipped past the edge would.
 */
class GroupCommitIsolationTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @Test
  void aRowTheDatabaseRefusesFailsOnlyItsOwnSendInTheBatch() {
    JsonObject alice = server.api().newMember("batch-a");
    JsonObject bob = server.api().newMember("batch-b");
    long room = Long.parseLong(ChatClient.newPublicRoom(server.api(), alice.getString("token"), "Batch"));
    RoomSequencer sequencer = new RoomSequencer(server.app().services().pool(), new ChatRepository(), server.vertx().eventBus(), 50,
      new ChatMetrics(new SimpleMeterRegistry()));
    RoomSequencer.Pending first = pending(room, alice, "first", "before the batch");
    RoomSequencer.Pending poisoned = pending(room, bob, "poisoned", "a\u0000b");
    RoomSequencer.Pending bystander = pending(room, alice, "bystander", "sent at the same moment");

    // the first commits alone; the other two wait for it and then form one batch
    server.vertx().getOrCreateContext().runOnContext(v -> List.of(first, poisoned, bystander).forEach(sequencer::submit));

    assertThat(await(first.stored().future()).seq()).isEqualTo(1);
    assertThat(await(bystander.stored().future()).body()).isEqualTo("sent at the same moment");
    Boolean refused = await(poisoned.stored().future().transform(done -> Future.succeededFuture(done.failed())));
    assertThat(refused).isTrue();
  }

  private static RoomSequencer.Pending pending(long room, JsonObject member, String clientId, String body) {
    JsonObject user = member.getJsonObject("user");
    UserRef author = new UserRef(user.getString("id"), user.getString("username"), user.getString("displayName"), null, Role.MEMBER);
    return new RoomSequencer.Pending(room, author.id(), author, clientId, body, "<p>" + body + "</p>", false, Set.of(), Attached.NONE,
      Promise.promise());
  }
}
