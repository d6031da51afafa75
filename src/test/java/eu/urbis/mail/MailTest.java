package eu.urbis.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.urbis.forum.ForumApi;
import eu.urbis.notify.Kind;
import eu.urbis.notify.RequestStep;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.Eventually;
import eu.urbis.support.ProblemAssert;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through a real SMTP server (GreenMail in this JVM): what arrives (headers, both parts, escaping), when
 * (after the away delay, only while unread), digests (unread only, grouped, never to the suspended, never about
 * what the recipient may no longer see), what each kind and each step of a request is called, the one-click
 * unsubscribe, retries, and exactly once with two workers.
 */
class MailTest {
  private static final int SMTP_PORT = TestServer.freePort();

  @RegisterExtension
  @Order(1)
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
    .withPerMethodLifecycle(false);

  @RegisterExtension
  @Order(2)
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("smtp", new JsonObject().put("host", "127.0.0.1").put("port", SMTP_PORT).put("tls", "none").put("from", "Urbis <urbis@example.org>"))
    .put("notify", new JsonObject().put("publicUrl", "https://urbis.example.org")
      .put("mail", new JsonObject().put("tickSeconds", 86_400).put("maxAttempts", 2).put("backoffSeconds", 60))));
  private static final Api api = server.api();
  private static ForumApi forum;
  private static String board;

  @BeforeAll
  static void setUp() {
    forum = new ForumApi(api);
    board = forum.board("everyone");
  }

  private static MailWorker worker() {
    return server.app().services().mail().worker();
  }

  /** A member with an address and a mail mode; answers the session. */
  private static JsonObject withMail(String prefix, String mode) {
    return withMail(api.newMember(prefix), mode);
  }

  /** The session's user given an address and a mail mode; answers the session with its {@code email}. */
  private static JsonObject withMail(JsonObject session, String mode) {
    String email = session.getJsonObject("user").getString("username") + "@Example.org";
    JsonObject me = ok(api.patch("/api/me", new JsonObject().put("email", email)
      .put("emailPrefs", new JsonObject().put("mode", mode)), token(session)));
    assertThat(me.getString("email")).isEqualTo(email);
    return session.put("email", email);
  }

  private static String token(JsonObject session) {
    return session.getString("token");
  }

  private static String username(JsonObject session) {
    return session.getJsonObject("user").getString("username");
  }

  private static List<MimeMessage> received(JsonObject session) {
    String email = session.getString("email");
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equalsIgnoreCase(email));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** A thread by {@code author} whose reply mentions {@code named}. */
  private static JsonObject mention(JsonObject author, JsonObject named, String title) {
    JsonObject started = forum.startThread(token(author), board, title, "Opening words.");
    String thread = started.getJsonObject("thread").getString("id");
    forum.reply(token(author), thread, "Your view, @" + username(named) + "?", null);
    // the notification is made after the post's commit, by a listener
    Eventually.within(TestServer.timeout(), () -> Db.count(server,
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 AND n.title = $2", username(named), title),
      count -> count > 0);
    return started;
  }

  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void digest(Instant end) {
    await(worker().queueDigests("daily", end));
    await(worker().send());
  }

  private static String unsubscribeUrl(MimeMessage message) throws Exception {
    String header = message.getHeader("List-Unsubscribe")[0];
    return header.substring(1, header.length() - 1);
  }

  @Test
  void anAddressAndAModeAreSetOnMeAndShownOnlyToTheUserThemself() {
    JsonObject session = api.newMember("prefs");
    JsonObject me = ok(api.get("/api/me", token(session)));
    assertThat(me.getValue("email")).isNull();
    assertThat(me.getJsonObject("emailPrefs").getString("mode")).isEqualTo("daily");

    ok(api.patch("/api/me", new JsonObject().put("email", "prefs@example.org").put("emailPrefs", new JsonObject().put("mode", "weekly")), token(session)));
    me = ok(api.get("/api/me", token(session)));
    assertThat(me.getString("email")).isEqualTo("prefs@example.org");
    assertThat(me.getJsonObject("emailPrefs").getString("mode")).isEqualTo("weekly");

    JsonObject other = api.newMember("other");
    JsonObject seen = ok(api.get("/api/users/" + session.getJsonObject("user").getString("id"), token(other)));
    assertThat(seen.containsKey("email")).isFalse();
    ProblemAssert.assertProblem(api.patch("/api/me", new JsonObject().put("email", "PREFS@example.org"), token(other)), 409);
  }

  @Test
  void badAddressesAndModesAreRejectedOnTheirFieldAndChangeNothing() {
    JsonObject session = api.newMember("badprefs");
    ProblemAssert.assertFieldError(api.patch("/api/me", new JsonObject().put("email", "not an address"), token(session)), "email");
    ProblemAssert.assertFieldError(api.patch("/api/me", new JsonObject().put("email", "ok@example.org")
        .put("emailPrefs", new JsonObject().put("mode", "hourly")), token(session)), "emailPrefs.mode");
    ProblemAssert.assertFieldError(api.patch("/api/me", new JsonObject().put("emailPrefs", "daily"), token(session)), "emailPrefs.mode");
    JsonObject me = ok(api.get("/api/me", token(session)));
    assertThat(me.getValue("email")).isNull();
    assertThat(me.getJsonObject("emailPrefs").getString("mode")).isEqualTo("daily");
  }

  @Test
  void aMentionIsMailedOnceAfterTheDelayWithBothPartsTheHeadersAndTheTitleEscaped() throws Exception {
    JsonObject author = api.newMember("author");
    JsonObject named = withMail("named", "immediate");
    mention(author, named, "<script>alert(1)</script> & \"quotes\"");

    await(worker().tick());
    assertThat(received(named)).as("not before the delay").isEmpty();

    server.server().clock().advance(Duration.ofMinutes(11));
    await(worker().tick());
    await(worker().tick());
    List<MimeMessage> mails = received(named);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("Urbis <urbis@example.org>");
    assertThat(mail.getSubject()).isEqualTo("You were mentioned: <script>alert(1)</script> & \"quotes\"");
    assertThat(unsubscribeUrl(mail)).startsWith("https://urbis.example.org/api/mail/unsubscribe?u=");
    assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertThat(text).contains("<script>alert(1)</script> & \"quotes\"").contains("Your view, @" + username(named));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;").doesNotContain("<script>");
    assertThat(html).contains("href=\"https://urbis.example.org/#/threads/");
  }

  @Test
  void aMailSpeaksTheRecipientsLanguage() throws Exception {
    JsonObject author = api.newMember("author");
    JsonObject named = withMail("german", "immediate");
    ok(api.patch("/api/me", new JsonObject().put("locale", "de"), token(named)));
    mention(author, named, "Radwege im Winter");

    server.server().clock().advance(Duration.ofMinutes(11));
    await(worker().tick());
    await(worker().tick());
    List<MimeMessage> mails = received(named);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Sie wurden erwähnt: Radwege im Winter");
    assertThat(part(mails.get(0), "text/plain")).doesNotContain("You were mentioned");
  }

  @Test
  void aMentionWaitsWhileTheRecipientHasASocketOpenAndGoesOutOnceTheyHaveBeenAwayForTheDelay() {
    JsonObject author = api.newMember("author");
    JsonObject online = withMail("online", "immediate");
    try (ChatClient socket = ChatClient.authenticated(server, token(online))) {
      mention(author, online, "Seen live");
      server.server().clock().advance(Duration.ofMinutes(11));
      await(worker().tick());
      assertThat(received(online)).as("online: the socket told them").isEmpty();
    }
    await(worker().tick());
    assertThat(received(online)).as("away for less than the delay").isEmpty();
    server.server().clock().advance(Duration.ofMinutes(11));
    await(worker().tick());
    assertThat(received(online)).hasSize(1);
  }

  @Test
  void aMentionReadInTheAppBeforeTheDelayIsNotMailed() {
    JsonObject author = api.newMember("author");
    JsonObject named = withMail("reader", "immediate");
    mention(author, named, "Read in time");
    ok(api.post("/api/notifications/read", new JsonObject().put("all", true), token(named)));

    server.server().clock().advance(Duration.ofMinutes(11));
    await(worker().tick());
    assertThat(received(named)).isEmpty();
    assertThat(Db.count(server, "SELECT count(*) FROM mail_outbox WHERE recipient = $1", named.getString("email"))).isZero();
  }

  @Test
  void aDigestHoldsOnlyTheUnreadItemsGroupedByCityAndBoard() throws Exception {
    JsonObject author = api.newMember("digester");
    JsonObject reader = withMail("daily", "daily");
    mention(author, reader, "Unread one");
    mention(author, reader, "Unread two");
    mention(author, reader, "Already read");
    String readId = Db.rows(server, "SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 AND n.title = $2",
      username(reader), "Already read").get(0).getLong(0).toString();
    ok(api.post("/api/notifications/read", new JsonObject().put("ids", new io.vertx.core.json.JsonArray().add(readId)), token(reader)));

    digest(Instant.now().plusSeconds(1));
    digest(Instant.now().plusSeconds(1));
    List<MimeMessage> mails = received(reader);
    assertThat(mails).hasSize(1);
    String text = part(mails.get(0), "text/plain");
    String html = part(mails.get(0), "text/html");
    assertThat(mails.get(0).getSubject()).isEqualTo("Your daily Urbis digest");
    assertThat(text).contains("Unread one").contains("Unread two").doesNotContain("Already read");
    assertThat(html).contains("Unread one").contains("Unread two").doesNotContain("Already read");
    String boardName = Db.rows(server, "SELECT name FROM boards WHERE id = $1", Long.parseLong(board)).get(0).getString(0);
    String cityName = Db.rows(server, "SELECT name FROM cities WHERE id = 'gabrovo'").get(0).getString(0);
    assertThat(text).containsOnlyOnce("== " + cityName + " · " + boardName + " ==");
  }

  /** An English item about "Night buses" that is {@code what}: a kind, or a request's kind and step. */
  private static MailItem item(String what) {
    return new MailItem(1, "reader@example.org", "en", "Reader", 1, what, "Night buses", "We run them now", null, null, null,
      "#/notifications");
  }

  @Test
  void everyKindAndEachStepOfARequestHasASubjectOfItsOwnAndOnlyAnUnknownKindReadsUpdate() {
    MailRenderer renderer = new MailRenderer(new MailCatalog(), "https://urbis.example.org",
      new UnsubscribeLinks("https://urbis.example.org", "a secret"));
    List<String> subjects = Stream.concat(
        Arrays.stream(Kind.values()).filter(kind -> kind != Kind.REQUEST).map(Kind::wire),
        Arrays.stream(RequestStep.values()).map(step -> "request." + step.wire()))
      .map(what -> renderer.immediate(item(what)).subject())
      .toList();
    assertThat(subjects).doesNotHaveDuplicates().allSatisfy(subject -> assertThat(subject).doesNotStartWith("Update"));
    assertThat(renderer.immediate(item("request.opened")).subject()).isEqualTo("A city asks for help: Night buses");
    assertThat(renderer.immediate(item("request.accepted")).subject()).isEqualTo("Help offered: Night buses");
    assertThat(renderer.immediate(item("request.closed")).subject()).isEqualTo("Request closed: Night buses");
    assertThat(renderer.immediate(item("request")).subject()).as("a step this version does not know").isEqualTo("Update: Night buses");
    assertThat(renderer.immediate(item("not_a_kind_yet")).subject()).isEqualTo("Update: Night buses");
  }

  @Test
  void aDigestSaysWhichStepOfARequestEachLineIsAbout() throws Exception {
    ProgrammeApi programme = new ProgrammeApi(api);
    programme.validated(programme.member("practitioner", "trikala"), programme.withRole("reviewer", "hamburg", "mentor"), "piloted");
    JsonObject helper = withMail(programme.withRole("helper", "trikala", "mentor"), "daily");
    JsonObject asker = withMail(programme.member("asker", "jelgava"), "daily");
    String request = ForumApi.created(api.post("/api/requests", new JsonObject().put("theme", "open-data")
      .put("title", "Night buses on demand").put("need", "A first data set"), token(asker))).getString("id");
    Eventually.within(TestServer.timeout(), () -> requestNotifications(helper), count -> count == 1);
    ok(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(helper)));
    ok(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "We run them now"), token(asker)));
    Eventually.within(TestServer.timeout(), () -> requestNotifications(helper) + requestNotifications(asker), count -> count == 3);

    digest(Instant.now().plusSeconds(1));
    String helped = part(received(helper).get(0), "text/plain");
    assertThat(helped).contains("* A city asks for help: Night buses on demand", "* Request closed: Night buses on demand", "We run them now")
      .doesNotContain("Update");
    String asked = part(received(asker).get(0), "text/plain");
    assertThat(asked).contains("* Help offered: Night buses on demand").doesNotContain("Update");
    assertThat(part(received(asker).get(0), "text/html")).contains("<strong>Help offered:</strong> Night buses on demand");
  }

  private static long requestNotifications(JsonObject session) {
    return Db.count(server, "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1 AND n.kind = 'request'",
      username(session));
  }

  @Test
  void nothingIsMailedToASuspendedUser() {
    JsonObject author = api.newMember("author");
    JsonObject suspended = withMail("suspended", "daily");
    mention(author, suspended, "While suspended");
    Db.rows(server, "UPDATE users SET suspended_at = now() WHERE username = $1", username(suspended));

    digest(Instant.now().plusSeconds(1));
    assertThat(received(suspended)).isEmpty();

    Db.rows(server, "UPDATE users SET suspended_at = NULL WHERE username = $1", username(suspended));
    digest(Instant.now().plusSeconds(1));
    assertThat(received(suspended)).as("the same digest once the suspension is lifted").hasSize(1);
  }

  @Test
  void nothingIsMailedAboutAPrivateRoomTheRecipientHasLeft() throws Exception {
    JsonObject author = api.newMember("roomer");
    JsonObject left = withMail("leaver", "daily");
    long authorId = Long.parseLong(author.getJsonObject("user").getString("id"));
    long leftId = Long.parseLong(left.getJsonObject("user").getString("id"));
    long room = Db.rows(server, "INSERT INTO chat_rooms (name, kind, created_by, last_seq) VALUES ('Secret plans', 'private', $1, 1) RETURNING id",
      authorId).get(0).getLong(0);
    long message = Db.rows(server, "INSERT INTO chat_messages (room_id, seq, author_id, client_id, body, html) "
      + "VALUES ($1, 1, $2, 'c1', 'the secret', '<p>the secret</p>') RETURNING id", room, authorId).get(0).getLong(0);
    Db.rows(server, "INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, room_id, seq, title, excerpt) "
      + "VALUES ($1, 'mention', $2, 'message', $3, $4, 1, 'Secret plans', 'the secret')", leftId, authorId, message, room);

    mention(author, left, "A public thread");

    digest(Instant.now().plusSeconds(1));
    List<MimeMessage> mails = received(left);
    assertThat(mails).hasSize(1);
    assertThat(part(mails.get(0), "text/plain")).contains("A public thread").doesNotContain("Secret plans").doesNotContain("the secret");
    assertThat(part(mails.get(0), "text/html")).doesNotContain("Secret plans").doesNotContain("the secret");
  }

  @Test
  void theUnsubscribeLinkAsksOnGetTurnsMailOffOnPostOnceAndCannotBeForged() throws Exception {
    JsonObject author = api.newMember("author");
    JsonObject leaving = withMail("unsub", "daily");
    mention(author, leaving, "Before unsubscribing");
    digest(Instant.now().plusSeconds(1));
    String url = unsubscribeUrl(received(leaving).get(0));
    String path = url.substring("https://urbis.example.org".length());

    HttpResponse<Buffer> page = api.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Type")).startsWith("text/html");
    assertThat(page.bodyAsString()).contains("<form method=\"post\"");
    assertThat(ok(api.get("/api/me", token(leaving))).getJsonObject("emailPrefs").getString("mode")).isEqualTo("daily");

    Buffer oneClick = Buffer.buffer("List-Unsubscribe=One-Click");
    for (int time = 0; time < 2; time++) {
      HttpResponse<Buffer> done = api.raw(HttpMethod.POST, path, "application/x-www-form-urlencoded", oneClick, null);
      assertThat(done.statusCode()).as(done.bodyAsString()).isEqualTo(200);
      assertThat(ok(api.get("/api/me", token(leaving))).getJsonObject("emailPrefs").getString("mode")).isEqualTo("off");
    }

    JsonObject other = withMail("victim", "daily");
    String forged = "/api/mail/unsubscribe?u=" + other.getJsonObject("user").getString("id") + "&s=" + path.substring(path.indexOf("&s=") + 3);
    assertThat(api.raw(HttpMethod.POST, forged, "application/x-www-form-urlencoded", oneClick, null).statusCode()).isEqualTo(403);
    assertThat(api.get(forged).statusCode()).isEqualTo(403);
    assertThat(ok(api.get("/api/me", token(other))).getJsonObject("emailPrefs").getString("mode")).isEqualTo("daily");
  }

  @Test
  void aFailedSendIsRetriedAfterTheBackoffAndGivenUpAfterTheLastAttempt() {
    JsonObject author = api.newMember("author");
    JsonObject retried = withMail("retried", "daily");
    JsonObject abandoned = withMail("abandoned", "daily");
    mention(author, retried, "Retry me");
    mention(author, abandoned, "Give me up");
    smtp.stop();
    try {
      digest(Instant.now().plusSeconds(1));
      List<io.vertx.sqlclient.Row> rows = Db.rows(server, "SELECT status, attempts, last_error FROM mail_outbox WHERE recipient = $1", retried.getString("email"));
      assertThat(rows.get(0).getString("status")).isEqualTo("pending");
      assertThat(rows.get(0).getInteger("attempts")).isEqualTo(1);
      assertThat(rows.get(0).getString("last_error")).isNotBlank();

      // the abandoned one's second and last attempt fails too
      Db.rows(server, "UPDATE mail_outbox SET next_attempt_at = now() - interval '1 hour' WHERE recipient = $1", abandoned.getString("email"));
      await(worker().send());
      assertThat(Db.rows(server, "SELECT status FROM mail_outbox WHERE recipient = $1", abandoned.getString("email")).get(0).getString(0))
        .isEqualTo("failed");
    } finally {
      smtp.start();
    }
    await(worker().send());
    assertThat(received(retried)).as("not before the backoff").isEmpty();
    server.server().clock().advance(Duration.ofMinutes(2));
    await(worker().send());
    assertThat(received(retried)).hasSize(1);
    assertThat(received(abandoned)).isEmpty();
    assertThat(Db.rows(server, "SELECT status, attempts FROM mail_outbox WHERE recipient = $1", retried.getString("email")).get(0).getInteger("attempts"))
      .isEqualTo(2);
  }

  @Test
  void twoWorkersRacingOnOneDatabaseSendEachMailExactlyOnce() {
    JsonObject author = api.newMember("author");
    List<JsonObject> readers = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      JsonObject reader = withMail("raced", "daily");
      mention(author, reader, "Raced " + i);
      readers.add(reader);
    }
    var services = server.app().services();
    MailFeature second = MailFeature.create(server.vertx(), services.pool(), server.app().config().mail(),
      server.app().config().jwt().secret(), services.live(), server.server().clock());
    Instant end = Instant.now().plusSeconds(1);
    await(Future.all(worker().queueDigests("daily", end), second.worker().queueDigests("daily", end),
      worker().queueDigests("daily", end), second.worker().queueDigests("daily", end)));
    await(Future.all(worker().send(), second.worker().send(), worker().send(), second.worker().send()));
    await(second.worker().stop());
    for (JsonObject reader : readers) {
      assertThat(received(reader)).as(username(reader)).hasSize(1);
    }
  }
}
