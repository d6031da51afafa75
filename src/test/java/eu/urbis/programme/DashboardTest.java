package eu.urbis.programme;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard counts each city's programme activity, per cohort, with adoptions per month and the city × theme matrix. */
class DashboardTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);

  private static JsonObject row(JsonObject dashboard, String cityId) {
    return dashboard.getJsonArray("cities").stream().map(JsonObject.class::cast)
      .filter(row -> row.getJsonObject("city").getString("id").equals(cityId)).findFirst().orElseThrow();
  }

  @Test
  void aValidatedAndAdoptedPracticeShowsInTheCountsTheMonthsAndTheThemeMatrix() {
    JsonObject author = programme.member("author", "ancona");
    JsonObject mentor = programme.withRole("mentor", "helsinki", "mentor");
    String practice = programme.validated(author, mentor, "idea").getString("id");
    JsonObject coordinator = programme.coordinator("coordinator", "linz");
    ok(api.put("/api/practices/" + practice + "/adoptions/linz", new JsonObject().put("stage", "piloting"), token(coordinator)));

    JsonObject all = ok(api.get("/api/dashboard", token(mentor)));
    JsonObject ancona = row(all, "ancona");
    assertThat(ancona.getJsonObject("practices")).isEqualTo(new JsonObject().put("submitted", 1).put("validated", 1));
    assertThat(ancona.getLong("members")).isEqualTo(1);
    assertThat(ancona.getLong("posts")).isEqualTo(1);
    assertThat(row(all, "linz").getLong("adoptions")).isEqualTo(1);
    assertThat(all.getJsonArray("adoptionsByMonth").getJsonObject(0).getString("stage")).isEqualTo("piloting");
    JsonArray themes = all.getJsonArray("themes");
    assertThat(themes.getJsonObject(0).getString("theme")).isEqualTo("open-data");
    assertThat(themes.getJsonObject(0).getJsonArray("cities")).containsExactly("ancona", "linz");
    assertThat(all.getJsonArray("matrix")).containsExactly(
      new JsonObject().put("cityId", "ancona").put("theme", "open-data").put("validated", 1).put("adoptions", 0),
      new JsonObject().put("cityId", "linz").put("theme", "open-data").put("validated", 0).put("adoptions", 1));

    JsonObject fellows = ok(api.get("/api/dashboard?cohort=fellow", token(mentor)));
    assertThat(fellows.getJsonArray("cities")).hasSize(20)
      .allSatisfy(city -> assertThat(((JsonObject) city).getJsonObject("city").getString("role")).isEqualTo("fellow"));
    assertThat(fellows.getJsonArray("themes").getJsonObject(0).getJsonArray("cities")).containsExactly("linz");
    assertThat(fellows.getJsonArray("matrix")).containsExactly(
      new JsonObject().put("cityId", "linz").put("theme", "open-data").put("validated", 0).put("adoptions", 1));
  }

  @Test
  void anAnnouncementNotYetAcknowledgedCountsAsMissing() {
    JsonObject mentor = programme.withRole("announcer", "aarhus", "mentor");
    String board = new ForumApi(api).board("everyone");
    ok(api.get("/api/dashboard", token(mentor)));
    ForumApi.created(api.post("/api/boards/" + board + "/threads", new JsonObject().put("title", "Read this")
      .put("body", "Please").put("kind", "announcement").put("audience", "mentor"), token(mentor)));
    JsonObject dashboard = ok(api.get("/api/dashboard?cohort=mentor", token(mentor)));
    assertThat(row(dashboard, "aarhus").getLong("acksMissing")).isEqualTo(1);
    assertThat(row(ok(api.get("/api/dashboard", token(mentor))), "gabrovo").getLong("acksMissing")).isZero();
  }

  @Test
  void membersAreRefusedAndAnUnknownCohortIsABadRequest() {
    assertProblem(api.get("/api/dashboard", token(programme.member("member", "gabrovo"))), 403);
    assertFieldError(api.get("/api/dashboard?cohort=stars", api.adminToken()), "cohort");
  }
}
