package eu.urbis.programme;

import eu.urbis.bus.Addresses;
import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.Published;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.created;
import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Mentors, moderators and admins announce to a cohort; each city of it acknowledges once; the tally says who is missing. */
class AnnouncementTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);
  private static String board;
  private static JsonObject mentor;

  @BeforeAll
  static void setUp() {
    board = new ForumApi(api).board("everyone");
    mentor = programme.withRole("announcer", "barcelona", "mentor");
  }

  private static HttpResponse<Buffer> post(JsonObject session, JsonObject draft) {
    return api.post("/api/boards/" + board + "/threads", draft, token(session));
  }

  private static JsonObject announcement(String audience) {
    return new JsonObject().put("title", "Site visit in March").put("body", "Please confirm you read this.")
      .put("kind", "announcement").put("audience", audience);
  }

  private static String announced(String audience) {
    return created(post(mentor, announcement(audience))).getJsonObject("thread").getString("id");
  }

  private static HttpResponse<Buffer> ack(JsonObject session, String thread) {
    return api.post("/api/threads/" + thread + "/ack", new JsonObject(), token(session));
  }

  private static long ackRows(String thread) {
    return Db.count(server, "SELECT count(*) FROM announcement_acks WHERE thread_id = $1", Long.parseLong(thread));
  }

  @Test
  void aMentorAnnouncesToACohort() {
    JsonObject thread = created(post(mentor, announcement("challenge"))).getJsonObject("thread");
    assertThat(thread.getString("kind")).isEqualTo("announcement");
    assertThat(thread.getString("audience")).isEqualTo("challenge");
  }

  @Test
  void aMemberCannotAnnounce() {
    JsonObject member = programme.member("member", "gabrovo");
    assertProblem(post(member, announcement("all")), 403);
    assertThat(Db.count(server, "SELECT count(*) FROM threads WHERE author_id = $1", Long.parseLong(id(member)))).isZero();
  }

  @Test
  void anAnnouncementNeedsAKnownAudienceAndOnlyAnnouncementsHaveOne() {
    assertFieldError(post(mentor, announcement("everyone")), "audience");
    assertFieldError(post(mentor, announcement(null)), "audience");
    assertFieldError(post(mentor, new JsonObject().put("title", "Talk").put("body", "Hi").put("audience", "all")), "audience");
  }

  @Test
  void aCoordinatorAcknowledgesAndTheTallyMovesAndNamesTheMissingCities() {
    String thread = announced("challenge");
    JsonObject coordinator = programme.coordinator("ack", "ruse");
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      JsonObject acked = ok(ack(coordinator, thread));
      assertThat(acked.getString("cityId")).isEqualTo("ruse");
      assertThat(acked.getJsonObject("by").getString("id")).isEqualTo(id(coordinator));
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("announcement.acknowledged");
      assertThat(event.getString("cityId")).isEqualTo("ruse");
    }
    JsonObject tally = ok(api.get("/api/threads/" + thread + "/acks", token(mentor)));
    assertThat(tally.getString("audience")).isEqualTo("challenge");
    assertThat(tally.getInteger("expected")).isEqualTo(15);
    assertThat(tally.getInteger("acknowledged")).isEqualTo(1);
    assertThat(tally.getJsonArray("items").getJsonObject(0).getJsonObject("city").getString("id")).isEqualTo("ruse");
    assertThat(tally.getJsonArray("missing")).hasSize(14);
    assertThat(tally.getJsonArray("missing").stream().map(city -> ((JsonObject) city).getString("id"))).doesNotContain("ruse").contains("gabrovo");
  }

  @Test
  void aSecondAcknowledgementOfTheSameCityAnswersTheFirst() {
    String thread = announced("all");
    JsonObject first = programme.coordinator("first", "braga");
    JsonObject second = programme.coordinator("second", "braga");
    JsonObject acked = ok(ack(first, thread));
    JsonObject again = ok(ack(second, thread));
    assertThat(again.getJsonObject("by").getString("id")).isEqualTo(id(first));
    assertThat(again.getString("at")).isEqualTo(acked.getString("at"));
    assertThat(ackRows(thread)).isEqualTo(1);
  }

  @Test
  void aCityOutsideTheAudienceCannotAcknowledge() {
    String thread = announced("mentor");
    assertProblem(ack(programme.member("fellow", "lyon"), thread), 403);
    assertThat(ackRows(thread)).isZero();
  }

  @Test
  void aMemberOfACityWithACoordinatorCannotAcknowledgeForIt() {
    String thread = announced("all");
    programme.coordinator("speaker", "pecs");
    assertProblem(ack(programme.member("quiet", "pecs"), thread), 403);
    assertThat(ackRows(thread)).isZero();
  }

  @Test
  void aMemberOfACityWithoutACoordinatorAcknowledgesForIt() {
    String thread = announced("fellow");
    assertThat(ok(ack(programme.member("lone", "oulu"), thread)).getString("cityId")).isEqualTo("oulu");
  }

  @Test
  void onlyAnnouncementsAreAcknowledged() {
    String discussion = created(post(mentor, new JsonObject().put("title", "Just talk").put("body", "Hi"))).getJsonObject("thread").getString("id");
    assertProblem(ack(programme.member("reader", "gabrovo"), discussion), 404);
    assertProblem(api.get("/api/threads/" + discussion + "/acks", token(mentor)), 404);
    assertProblem(api.get("/api/threads/999999/acks", token(mentor)), 404);
  }

  @Test
  void theCsvExportListsEveryCityOfTheAudienceForMentorsOnly() {
    String thread = announced("challenge");
    ok(ack(programme.member("csv", "trikala"), thread));
    HttpResponse<Buffer> csv = api.get("/api/threads/" + thread + "/acks.csv", token(mentor));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.getHeader("Content-Type")).startsWith("text/csv");
    String[] lines = csv.bodyAsString().split("\r\n");
    assertThat(lines).hasSize(16);
    assertThat(lines[0]).isEqualTo("city,name,role,acknowledged,by,at");
    assertThat(lines[1]).startsWith("\"trikala\",\"Trikala\",\"challenge\",\"yes\"");
    assertProblem(api.get("/api/threads/" + thread + "/acks.csv", token(programme.member("nosy", "gabrovo"))), 403);
  }

  @Test
  void theAuthorRemindsTheMissingCitiesCoordinators() {
    String thread = announced("challenge");
    JsonObject coordinator = programme.coordinator("reminded", "jelgava");
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      ok(api.post("/api/threads/" + thread + "/acks/remind", new JsonObject(), token(mentor)));
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("announcement.reminder");
      assertThat(event.getJsonArray("recipientIds")).contains(id(coordinator));
    }
    assertProblem(api.post("/api/threads/" + thread + "/acks/remind", new JsonObject(), token(programme.member("x", "gabrovo"))), 403);
  }
}
