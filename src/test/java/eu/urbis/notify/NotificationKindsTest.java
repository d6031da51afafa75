package eu.urbis.notify;

import eu.urbis.forum.ForumApi;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.to;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds that follow decisions about someone's work or city: a moderator's removal (with the reason), practice
 * reviews, adoptions, announcements to a cohort and the reminders to acknowledge them, live and in the inbox, and
 * never to someone the thing is not addressed to.
 */
class NotificationKindsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config
    .put("rateLimits", new JsonObject().put("registrationsPerIp", 1000))
    .put("notify", new JsonObject().put("ackReminderDays", 7)));
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);
  private static ForumApi forum;
  private static String board;
  private static JsonObject mentor;

  @BeforeAll
  static void setUp() {
    forum = new ForumApi(api);
    board = forum.board("everyone");
    mentor = programme.withRole("mentor", "hamburg", "mentor");
  }

  private static JsonObject arrived(ChatClient socket, String kind) {
    return await(socket.frame(f -> "notification".equals(f.getString("type"))
      && kind.equals(f.getJsonObject("notification").getString("kind")))).getJsonObject("notification");
  }

  /** The socket keeps what it received: a later step of the same kind is told apart by what it says. */
  private static JsonObject arrived(ChatClient socket, String kind, String excerpt) {
    return await(socket.frame(f -> "notification".equals(f.getString("type"))
      && kind.equals(f.getJsonObject("notification").getString("kind"))
      && excerpt.equals(f.getJsonObject("notification").getString("excerpt")))).getJsonObject("notification");
  }

  private static List<JsonObject> inbox(JsonObject session, String kind) {
    return ok(api.get("/api/notifications?kind=" + kind, token(session))).getJsonArray("items").stream()
      .map(JsonObject.class::cast).toList();
  }

  /** A mention of {@code session} by someone else, waited for on its socket: what came before it has arrived too. */
  private static void marker(JsonObject session, ChatClient socket) {
    JsonObject other = programme.member("marker", "lisbon");
    String thread = forum.startThread(token(other), board, "Marker", "Marker.").getJsonObject("thread").getString("id");
    forum.reply(token(other), thread, "@" + session.getJsonObject("user").getString("username"), null);
    arrived(socket, "mention");
  }

  private static String announce(String audience, String title) {
    return created(api.post("/api/boards/" + board + "/threads", new JsonObject().put("title", title).put("body", "Please read.")
      .put("kind", "announcement").put("audience", audience), token(mentor))).getJsonObject("thread").getString("id");
  }

  @Test
  void aModeratorRemovingAPostDirectlyTellsItsAuthorWithTheReasonAndOnlyOnce() {
    JsonObject author = programme.member("removed", "lyon");
    JsonObject moderator = api.newUserWithRole("moderator", "moderator");
    JsonObject started = forum.startThread(token(author), board, "Off topic", "Buy my bike.");
    String post = started.getJsonObject("post").getString("id");
    String own = forum.reply(token(author), started.getJsonObject("thread").getString("id"), "Mine to delete.", null).getString("id");
    try (ChatClient socket = ChatClient.authenticated(server, token(author))) {
      assertThat(api.delete("/api/posts/" + own, token(author)).statusCode()).isEqualTo(204);
      assertThat(api.delete("/api/posts/" + post + "?reason=Adverts%20go%20to%20the%20market%20board", token(moderator)).statusCode())
        .isEqualTo(204);
      JsonObject removed = arrived(socket, "moderation");
      assertThat(removed.getString("title")).isEqualTo("Your post was removed by a moderator");
      assertThat(removed.getString("excerpt")).isEqualTo("Adverts go to the market board");
      assertThat(removed.getValue("actor")).isNull();
      assertThat(removed.getJsonObject("target").getString("id")).isEqualTo(post);
      marker(author, socket);
    }
    assertThat(inbox(author, "moderation")).as("deleting one's own post tells no one").hasSize(1);
  }

  @Test
  void aRemovalThroughAReportTellsTheAuthorOnceWithTheModeratorsNote() {
    JsonObject author = programme.member("reported", "lyon");
    JsonObject moderator = api.newUserWithRole("resolver", "moderator");
    String post = forum.startThread(token(author), board, "Reported", "Spam.").getJsonObject("post").getString("id");
    String report = created(api.post("/api/reports", new JsonObject().put("targetType", "post").put("targetId", post)
      .put("reason", "spam"), token(api.newMember("reporter")))).getString("id");
    try (ChatClient socket = ChatClient.authenticated(server, token(author))) {
      ok(api.post("/api/moderation/reports/" + report + "/resolve", new JsonObject().put("action", "delete").put("note", "Spam."),
        token(moderator)));
      assertThat(arrived(socket, "moderation").getString("excerpt")).isEqualTo("Spam.");
      marker(author, socket);
    }
    assertThat(inbox(author, "moderation")).hasSize(1);
  }

  @Test
  void eachStepOfAPracticesReviewTellsItsAuthorAndAReturnCarriesTheNote() {
    JsonObject author = programme.member("practitioner", "ancona");
    String practice = programme.practice(author, "Open data portal").getString("id");
    try (ChatClient socket = ChatClient.authenticated(server, token(author))) {
      programme.moved(author, practice, to("submitted"));
      programme.moved(mentor, practice, to("in_review"));
      JsonObject claimed = arrived(socket, "practice_review", "Claimed for review");
      assertThat(claimed.getJsonObject("target")).isEqualTo(new JsonObject().put("type", "practice").put("id", practice).put("threadId", practice));
      assertThat(claimed.getJsonObject("actor").getString("id")).isEqualTo(id(mentor));

      programme.moved(mentor, practice, to("returned").put("note", "Add the budget, please."));
      arrived(socket, "practice_review", "Returned: Add the budget, please.");
      programme.moved(author, practice, to("submitted"));
      programme.moved(mentor, practice, to("in_review"));
      programme.moved(mentor, practice, to("validated").put("evidence", "piloted"));
      arrived(socket, "practice_review", "Validated (evidence: piloted)");
    }
    assertThat(inbox(author, "practice_review")).hasSize(4)
      .allSatisfy(item -> assertThat(item.containsKey("step")).as("only a request names its step").isFalse());
  }

  @Test
  void aCityAdoptingAPracticeTellsItsAuthorOfEachStage() {
    JsonObject author = programme.member("adopted", "ancona");
    JsonObject coordinator = programme.coordinator("adopter", "kielce");
    String practice = programme.validated(author, mentor, "piloted").getString("id");
    try (ChatClient socket = ChatClient.authenticated(server, token(author))) {
      ok(api.put("/api/practices/" + practice + "/adoptions/kielce", new JsonObject().put("stage", "exploring"), token(coordinator)));
      JsonObject exploring = arrived(socket, "adoption", "Kielce: exploring");
      assertThat(exploring.getJsonObject("target").getString("type")).isEqualTo("practice");
      ok(api.put("/api/practices/" + practice + "/adoptions/kielce", new JsonObject().put("stage", "piloting"), token(coordinator)));
      arrived(socket, "adoption", "Kielce: piloting");
    }
    assertThat(inbox(author, "adoption")).hasSize(2);
  }

  @Test
  void anAnnouncementReachesTheMembersOfItsAudiencesCitiesAndNoOneElse() {
    JsonObject fellow = programme.member("fellow", "lyon");
    JsonObject challenger = programme.member("challenger", "ruse");
    String thread;
    try (ChatClient fellowSocket = ChatClient.authenticated(server, token(fellow));
         ChatClient challengerSocket = ChatClient.authenticated(server, token(challenger))) {
      thread = announce("fellow", "Fellows' visit");
      JsonObject announcement = arrived(fellowSocket, "announcement");
      assertThat(announcement.getJsonObject("target")).isEqualTo(new JsonObject().put("type", "announcement").put("id", thread).put("threadId", thread));
      assertThat(announcement.getString("title")).isEqualTo("Fellows' visit");
      marker(challenger, challengerSocket);
    }
    assertThat(inbox(challenger, "announcement")).isEmpty();
  }

  @Test
  void anAnnouncementNotAcknowledgedAfterTheConfiguredDaysRemindsTheCitysCoordinatorsOnce() {
    JsonObject coordinator = programme.coordinator("coord", "braga");
    JsonObject plainMember = programme.member("plain", "braga");
    JsonObject loneMember = programme.member("lone", "jelgava");
    JsonObject acknowledged = programme.coordinator("acked", "trikala");
    String thread = announce("challenge", "Reminder due");
    ok(api.post("/api/threads/" + thread + "/ack", new JsonObject(), token(acknowledged)));
    AckReminders reminders = server.server().app().services().notifications().ackReminders();
    assertThat(await(reminders.run())).as("not yet due").isZero();

    server.clock().advance(Duration.ofDays(8));
    try (ChatClient coordinatorSocket = ChatClient.authenticated(server, token(coordinator));
         ChatClient loneSocket = ChatClient.authenticated(server, token(loneMember));
         ChatClient ackedSocket = ChatClient.authenticated(server, token(acknowledged))) {
      assertThat(await(reminders.run())).isPositive();
      JsonObject reminder = arrived(coordinatorSocket, "ack_reminder");
      assertThat(reminder.getJsonObject("target").getString("id")).isEqualTo(thread);
      assertThat(arrived(loneSocket, "ack_reminder").getString("title")).isEqualTo("Reminder due");
      assertThat(await(reminders.run())).as("once per announcement and city").isZero();
      marker(acknowledged, ackedSocket);
    }
    assertThat(inbox(acknowledged, "ack_reminder")).isEmpty();
    assertThat(inbox(plainMember, "ack_reminder")).as("a city with a coordinator is reminded through them").isEmpty();
    assertThat(inbox(coordinator, "ack_reminder")).hasSize(1);
  }
}
