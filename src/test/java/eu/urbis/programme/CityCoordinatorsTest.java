package eu.urbis.programme;

import eu.urbis.bus.Addresses;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.Db;
import eu.urbis.support.Published;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Admins name the people who speak for a city; coordinators edit its page; everyone else is refused and nothing changes. */
class CityCoordinatorsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);

  private static long coordinatorRows(String cityId) {
    return Db.count(server, "SELECT count(*) FROM city_coordinators WHERE city_id = $1", cityId);
  }

  @Test
  void anAdminNamesACoordinatorWhoShowsOnTheCityPageWithAnAuditEntryAndAnEvent() {
    JsonObject member = programme.member("ana", "ancona");
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      assertThat(api.put("/api/cities/ancona/coordinators/" + id(member), api.adminToken()).statusCode()).isEqualTo(204);
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("coordinator.named");
      assertThat(event.getString("userId")).isEqualTo(id(member));
      assertThat(event.getString("cityId")).isEqualTo("ancona");
    }
    JsonObject page = ok(api.get("/api/cities/ancona"));
    assertThat(page.getJsonArray("coordinators").getJsonObject(0).getString("id")).isEqualTo(id(member));
    assertThat(page.getLong("members")).isEqualTo(1);
    assertThat(Audit.count(server, "city.coordinator.name", "ancona")).isEqualTo(1);
  }

  @Test
  void namingTheSameCoordinatorTwiceChangesNothingMore() {
    JsonObject member = programme.coordinator("twice", "lecce");
    assertThat(api.put("/api/cities/lecce/coordinators/" + id(member), api.adminToken()).statusCode()).isEqualTo(204);
    assertThat(coordinatorRows("lecce")).isEqualTo(1);
    assertThat(Audit.count(server, "city.coordinator.name", "lecce")).isEqualTo(1);
  }

  @Test
  void aModeratorCannotNameACoordinator() {
    JsonObject moderator = programme.withRole("mod", "gabrovo", "moderator");
    JsonObject member = programme.member("hopeful", "kielce");
    assertProblem(api.put("/api/cities/kielce/coordinators/" + id(member), token(moderator)), 403);
    assertThat(coordinatorRows("kielce")).isZero();
  }

  @Test
  void aCoordinatorMustBelongToTheCity() {
    JsonObject outsider = programme.member("outsider", "gabrovo");
    assertProblem(api.put("/api/cities/rijeka/coordinators/" + id(outsider), api.adminToken()), 409);
    assertThat(coordinatorRows("rijeka")).isZero();
  }

  @Test
  void namingAnUnknownUserOrCityIsNotFound() {
    JsonObject member = programme.member("someone", "ruse");
    assertProblem(api.put("/api/cities/ruse/coordinators/999999", api.adminToken()), 404);
    assertProblem(api.put("/api/cities/ruse/coordinators/not-a-number", api.adminToken()), 404);
    assertProblem(api.put("/api/cities/atlantis/coordinators/" + id(member), api.adminToken()), 404);
  }

  @Test
  void aUserCarriesTheCityRoleCoordinatorFromTheMomentTheyAreNamedUntilRemoved() {
    JsonObject member = programme.member("role", "bialystok");
    assertThat(ok(api.get("/api/me", token(member))).getValue("cityRole")).isNull();
    assertThat(api.put("/api/cities/bialystok/coordinators/" + id(member), api.adminToken()).statusCode()).isEqualTo(204);
    assertThat(ok(api.get("/api/me", token(member))).getString("cityRole")).isEqualTo("coordinator");
    String username = member.getJsonObject("user").getString("username");
    assertThat(ok(api.get("/api/users/by-name/" + username, token(member))).getString("cityRole")).isEqualTo("coordinator");
    assertThat(api.delete("/api/cities/bialystok/coordinators/" + id(member), api.adminToken()).statusCode()).isEqualTo(204);
    JsonObject me = ok(api.get("/api/me", token(member)));
    assertThat(me.containsKey("cityRole")).isTrue();
    assertThat(me.getValue("cityRole")).isNull();
  }

  @Test
  void anAdminRemovesACoordinator() {
    JsonObject coordinator = programme.coordinator("leaving", "grenoble");
    assertThat(api.delete("/api/cities/grenoble/coordinators/" + id(coordinator), api.adminToken()).statusCode()).isEqualTo(204);
    assertThat(ok(api.get("/api/cities/grenoble")).getJsonArray("coordinators")).isEmpty();
    assertThat(Audit.count(server, "city.coordinator.remove", "grenoble")).isEqualTo(1);
  }

  @Test
  void aCoordinatorEditsTheCityProfile() {
    JsonObject coordinator = programme.coordinator("editor", "kalamata");
    JsonObject profile = new JsonObject().put("population", 54_000).put("summary", "A port city in the south.")
      .put("focusThemes", new JsonArray().add("smart-mobility").add("tourism-culture")).put("stage", "strategy");
    JsonObject page = ok(api.patch("/api/cities/kalamata", new JsonObject().put("profile", profile), token(coordinator)));
    assertThat(page.getJsonObject("profile").getInteger("population")).isEqualTo(54_000);
    assertThat(page.getJsonObject("profile").getString("stage")).isEqualTo("strategy");
    JsonObject again = ok(api.patch("/api/cities/kalamata", new JsonObject().put("profile", new JsonObject().put("summary", "Sunny.")),
      token(coordinator)));
    assertThat(again.getJsonObject("profile").getString("summary")).isEqualTo("Sunny.");
    assertThat(again.getJsonObject("profile").getJsonArray("focusThemes")).containsExactly("smart-mobility", "tourism-culture");
  }

  @Test
  void aMemberWhoDoesNotCoordinateCannotEditTheProfile() {
    programme.coordinator("keeper", "algeciras");
    JsonObject member = programme.member("plain", "algeciras");
    assertProblem(api.patch("/api/cities/algeciras", new JsonObject().put("profile", new JsonObject().put("summary", "Mine now")),
      token(member)), 403);
    assertThat(ok(api.get("/api/cities/algeciras")).getJsonObject("profile").getString("summary")).isEmpty();
  }

  @Test
  void aProfileWithAnUnknownStageOrThemeIsRefusedWithTheFieldNamed() {
    JsonObject coordinator = programme.coordinator("careful", "alba-iulia");
    assertFieldError(api.patch("/api/cities/alba-iulia", new JsonObject().put("profile", new JsonObject().put("stage", "dreaming")),
      token(coordinator)), "profile.stage");
    assertFieldError(api.patch("/api/cities/alba-iulia",
      new JsonObject().put("profile", new JsonObject().put("focusThemes", new JsonArray().add("astrology"))), token(coordinator)),
      "profile.focusThemes");
    assertFieldError(api.patch("/api/cities/alba-iulia", new JsonObject().put("profile", new JsonObject().put("population", -3)),
      token(coordinator)), "profile.population");
    assertFieldError(api.patch("/api/cities/alba-iulia", new JsonObject().put("profile", "big"), token(coordinator)), "profile");
    assertThat(Db.count(server, "SELECT count(*) FROM city_profiles WHERE city_id = 'alba-iulia'")).isZero();
  }

  @Test
  void theDirectoryFiltersByRoleCountryAndTheme() {
    JsonObject coordinator = programme.coordinator("themed", "arezzo");
    ok(api.patch("/api/cities/arezzo", new JsonObject().put("profile", new JsonObject()
      .put("focusThemes", new JsonArray().add("health-care"))), token(coordinator)));
    JsonArray mentors = ok(api.get("/api/cities?role=mentor")).getJsonArray("items");
    assertThat(mentors).isNotEmpty().allSatisfy(city -> assertThat(((JsonObject) city).getString("role")).isEqualTo("mentor"));
    JsonArray italian = ok(api.get("/api/cities?country=IT")).getJsonArray("items");
    assertThat(italian.stream().map(city -> ((JsonObject) city).getString("id"))).contains("ancona", "arezzo");
    JsonArray health = ok(api.get("/api/cities?theme=health-care")).getJsonArray("items");
    assertThat(health.stream().map(city -> ((JsonObject) city).getString("id"))).containsExactly("arezzo");
  }
}
