package eu.urbis.programme;

import eu.urbis.bus.Addresses;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.Db;
import eu.urbis.support.Published;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.to;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A city's coordinator declares where the city is with a validated practice; the practice and the city page show it. */
class AdoptionTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);
  private static JsonObject author;
  private static JsonObject mentor;
  private static JsonObject coordinator;

  @BeforeAll
  static void people() {
    author = programme.member("author", "ancona");
    mentor = programme.withRole("mentor", "amsterdam", "mentor");
    coordinator = programme.coordinator("coordinator", "kielce");
  }

  private static String validated() {
    return programme.validated(author, mentor, "piloted").getString("id");
  }

  private static HttpResponse<Buffer> adopt(JsonObject session, String practice, String cityId, JsonObject body) {
    return api.put("/api/practices/" + practice + "/adoptions/" + cityId, body, token(session));
  }

  private static JsonObject stage(String stage) {
    return new JsonObject().put("stage", stage);
  }

  private static long adoptionRows(String practice) {
    return Db.count(server, "SELECT count(*) FROM adoptions WHERE thread_id = $1", Long.parseLong(practice));
  }

  @Test
  void aCoordinatorMovesThroughTheStagesAndThePracticeAndTheCityPageShowIt() {
    String practice = validated();
    JsonObject exploring = ok(adopt(coordinator, practice, "kielce", stage("exploring").put("note", "Looking at the costs")));
    assertThat(exploring.getString("stage")).isEqualTo("exploring");
    server.clock().advance(Duration.ofDays(40));
    JsonObject adopted = ok(adopt(coordinator, practice, "kielce", stage("adopted").put("outcomes", "Live in March")));
    assertThat(adopted.getString("note")).isEqualTo("Looking at the costs");
    assertThat(adopted.getString("outcomes")).isEqualTo("Live in March");
    assertThat(adopted.getString("since")).isGreaterThan(exploring.getString("since"));
    assertThat(adopted.getJsonArray("history").stream().map(step -> ((JsonObject) step).getString("stage")))
      .containsExactly("exploring", "adopted");

    JsonObject thread = ok(api.get("/api/threads/" + practice, token(author)));
    assertThat(thread.getJsonObject("practice").getJsonObject("adoptions"))
      .isEqualTo(new JsonObject().put("exploring", 0).put("piloting", 0).put("adopted", 1).put("dropped", 0));
    JsonArray ofPractice = ok(api.get("/api/practices/" + practice + "/adoptions", token(author))).getJsonArray("items");
    assertThat(ofPractice).hasSize(1);
    assertThat(ofPractice.getJsonObject(0).getString("cityId")).isEqualTo("kielce");
    JsonArray ofCity = ok(api.get("/api/cities/kielce/adoptions", token(author))).getJsonArray("items");
    assertThat(ofCity.stream().map(a -> ((JsonObject) a).getJsonObject("practice").getString("threadId"))).contains(practice);
    assertThat(ok(api.get("/api/cities/kielce")).getLong("adoptions")).isPositive();
    assertThat(Audit.count(server, "adoption.adopted", practice)).isEqualTo(1);
  }

  @Test
  void aStageChangeIsPublishedAfterItsCommit() {
    String practice = validated();
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      ok(adopt(coordinator, practice, "kielce", stage("piloting")));
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("adoption.changed");
      assertThat(event.getString("cityId")).isEqualTo("kielce");
      assertThat(event.getString("stage")).isEqualTo("piloting");
      assertThat(event.getValue("from")).isNull();
      assertThat(event.getString("authorId")).isEqualTo(id(author));
    }
  }

  @Test
  void repeatingTheSameStageKeepsOneHistoryEntry() {
    String practice = validated();
    ok(adopt(coordinator, practice, "kielce", stage("piloting")));
    JsonObject again = ok(adopt(coordinator, practice, "kielce", stage("piloting").put("note", "Going well")));
    assertThat(again.getJsonArray("history")).hasSize(1);
    assertThat(again.getString("note")).isEqualTo("Going well");
  }

  @Test
  void aMemberOfACityWithACoordinatorCannotSpeakForIt() {
    String practice = validated();
    JsonObject member = programme.member("member", "kielce");
    assertProblem(adopt(member, practice, "kielce", stage("exploring")), 403);
    assertThat(adoptionRows(practice)).isZero();
  }

  @Test
  void aMemberOfACityWithoutACoordinatorSpeaksForIt() {
    String practice = validated();
    JsonObject member = programme.member("member", "trikala");
    assertThat(ok(adopt(member, practice, "trikala", stage("exploring"))).getString("cityId")).isEqualTo("trikala");
  }

  @Test
  void aCoordinatorCannotSpeakForAnotherCity() {
    String practice = validated();
    assertProblem(adopt(coordinator, practice, "jelgava", stage("adopted")), 403);
    assertThat(adoptionRows(practice)).isZero();
  }

  @Test
  void anAdminDoesNotSpeakForACity() {
    String practice = validated();
    assertThat(api.put("/api/practices/" + practice + "/adoptions/kielce", stage("adopted"), api.adminToken()).statusCode()).isEqualTo(403);
  }

  @Test
  void aPracticeThatIsNotValidatedCannotBeAdopted() {
    String practice = programme.practice(author, "Not yet").getString("id");
    programme.moved(author, practice, to("submitted"));
    assertProblem(adopt(coordinator, practice, "kielce", stage("exploring")), 409);
    assertThat(adoptionRows(practice)).isZero();
  }

  @Test
  void aCityDoesNotAdoptItsOwnPractice() {
    String practice = validated();
    JsonObject anconaCoordinator = programme.coordinator("home", "ancona");
    assertProblem(adopt(anconaCoordinator, practice, "ancona", stage("adopted")), 409);
  }

  @Test
  void badStagesUnknownCitiesAndUnknownPracticesAreRefused() {
    String practice = validated();
    assertFieldError(adopt(coordinator, practice, "kielce", stage("dreaming")), "stage");
    assertFieldError(adopt(coordinator, practice, "kielce", new JsonObject()), "stage");
    assertProblem(adopt(coordinator, practice, "atlantis", stage("exploring")), 404);
    assertProblem(adopt(coordinator, "999999", "kielce", stage("exploring")), 404);
    assertProblem(api.get("/api/practices/999999/adoptions", token(author)), 404);
    assertProblem(api.get("/api/cities/atlantis/adoptions", token(author)), 404);
    assertThat(adoptionRows(practice)).isZero();
  }

  @Test
  void theCityPageListsItsPractices() {
    String practice = validated();
    JsonArray practices = ok(api.get("/api/cities/ancona/practices", token(coordinator))).getJsonArray("items");
    assertThat(practices.stream().map(t -> ((JsonObject) t).getString("id"))).contains(practice);
    assertThat(ok(api.get("/api/cities/ancona")).getLong("practices")).isPositive();
  }
}
