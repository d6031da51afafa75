package eu.urbis.mail;

import eu.urbis.app.DemoAccounts;
import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.Eventually;
import eu.urbis.support.ProblemAssert;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default has no SMTP server: mail is queued and stays in the outbox, where admins (only) see it. */
class OutboxWithoutSmtpTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("demo", true)
    .put("notify", new JsonObject().put("mail", new JsonObject().put("tickSeconds", 86_400))));
  private static final Api api = server.api();

  @Test
  void mailStaysPendingInTheOutboxAndAdminsSeeWhoItIsForAndHowItWent() {
    ForumApi forum = new ForumApi(api);
    JsonObject author = api.newMember("writer");
    JsonObject member = ok(api.post("/api/auth/login", new JsonObject().put("username", "member").put("password", DemoAccounts.PASSWORD)));
    assertThat(ok(api.get("/api/me", member.getString("token"))).getString("email")).as("demo users have example addresses")
      .isEqualTo("member@example.org");
    String thread = forum.startThread(author.getString("token"), forum.board("everyone"), "For the outbox", "Words.")
      .getJsonObject("thread").getString("id");
    forum.reply(author.getString("token"), thread, "Hello @member", null);
    Eventually.within(TestServer.timeout(), () -> Db.count(server,
      "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'member' AND n.title = 'For the outbox'"), n -> n > 0);

    MailWorker worker = server.app().services().mail().worker();
    await(worker.queueDigests("daily", Instant.now().plusSeconds(1)));
    await(worker.tick());

    JsonArray items = ok(api.get("/api/admin/outbox", api.adminToken()))
      .getJsonArray("items");
    JsonObject mail = items.stream().map(JsonObject.class::cast).filter(m -> m.getString("recipient").equals("member@example.org"))
      .findFirst().orElseThrow();
    assertThat(mail.getString("status")).isEqualTo("pending");
    assertThat(mail.getInteger("attempts")).isZero();
    assertThat(mail.getValue("lastError")).isNull();
    assertThat(mail.getString("subject")).isEqualTo("Your daily Urbis digest");
    assertThat(mail.containsKey("html")).isFalse();

    ProblemAssert.assertProblem(api.get("/api/admin/outbox", member.getString("token")), 403);
    ProblemAssert.assertFieldError(api.get("/api/admin/outbox?status=lost", api.adminToken()), "status");
    assertThat(ok(api.get("/api/admin/outbox?status=sent", api.adminToken())).getJsonArray("items")).isEmpty();
  }
}
