package eu.urbis.programme;

import eu.urbis.bus.Addresses;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.ChatClient;
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
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** "Ask the network": a city asks, Urbis suggests who could help, a mentor or another city's coordinator accepts, the asker closes. */
class RequestTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);

  private static JsonObject ask(String theme) {
    return new JsonObject().put("theme", theme).put("title", "How do we open our bus data?").put("need", "A first data set in three months")
      .put("by", "2027-03-31");
  }

  private static JsonObject asked(JsonObject session, String theme) {
    var response = api.post("/api/requests", ask(theme), token(session));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  private static long requests() {
    return Db.count(server, "SELECT count(*) FROM help_requests");
  }

  @Test
  void aCityAsksAndTheRequestIsOpenWithAnEventAfterTheCommit() {
    JsonObject member = programme.member("asker", "kalamata");
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      JsonObject request = asked(member, "smart-mobility");
      assertThat(request.getString("status")).isEqualTo("open");
      assertThat(request.getString("cityId")).isEqualTo("kalamata");
      assertThat(request.getString("by")).isEqualTo("2027-03-31");
      assertThat(request.getJsonObject("author").getString("id")).isEqualTo(id(member));
      assertThat(request.getValue("helper")).isNull();
      assertThat(request.getValue("roomId")).isNull();
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("request.opened");
      assertThat(event.getString("requestId")).isEqualTo(request.getString("id"));
      assertThat(event.getString("cityId")).isEqualTo("kalamata");
    }
  }

  @Test
  void citiesWithValidatedOrAdoptedPracticesOnTheThemeAndFocusedMentorCitiesAreSuggestedWithWhy() {
    JsonObject author = programme.member("author", "trikala");
    JsonObject mentor = programme.withRole("mentor", "amsterdam", "mentor");
    String practice = programme.validated(author, mentor, "piloted").getString("id");
    JsonObject adopter = programme.coordinator("adopter", "oulu");
    ok(api.put("/api/practices/" + practice + "/adoptions/oulu", new JsonObject().put("stage", "adopted"), token(adopter)));
    JsonObject lisbon = programme.coordinator("lisbon", "lisbon");
    ok(api.patch("/api/cities/lisbon", new JsonObject().put("profile", new JsonObject().put("focusThemes", new JsonArray().add("open-data"))),
      token(lisbon)));

    JsonObject request = asked(programme.member("asker", "jelgava"), "open-data");
    JsonArray suggestions = request.getJsonArray("suggestions");
    assertThat(suggestions.stream().map(s -> ((JsonObject) s).getString("cityId"))).containsSubsequence("trikala", "oulu", "lisbon");
    JsonObject trikala = suggestions.getJsonObject(0);
    assertThat(trikala.getString("reason")).isEqualTo("validated");
    assertThat(trikala.getString("why")).contains("validated practice");
    assertThat(suggestions.stream().map(s -> ((JsonObject) s).getString("cityId"))).doesNotContain("jelgava");

    JsonObject own = asked(programme.member("own", "trikala"), "open-data");
    assertThat(own.getJsonArray("suggestions").stream().map(s -> ((JsonObject) s).getString("cityId"))).doesNotContain("trikala");
  }

  @Test
  void badInputIsRefusedWithTheFieldAndStoresNothing() {
    JsonObject member = programme.member("careless", "kalamata");
    long before = requests();
    assertFieldError(api.post("/api/requests", ask("no such theme!"), token(member)), "theme");
    assertFieldError(api.post("/api/requests", ask("atlantis-theme"), token(member)), "theme");
    assertFieldError(api.post("/api/requests", ask("open-data").put("title", ""), token(member)), "title");
    assertFieldError(api.post("/api/requests", ask("open-data").putNull("need"), token(member)), "need");
    assertFieldError(api.post("/api/requests", ask("open-data").put("by", "next week"), token(member)), "by");
    assertFieldError(api.post("/api/requests", ask("open-data").put("need", "x".repeat(4_001)), token(member)), "need");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void someoneOfNoCityCannotAsk() {
    long before = requests();
    assertProblem(api.post("/api/requests", ask("open-data"), api.adminToken()), 403);
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void aMentorAcceptsAndAPrivateRoomOpensForTheCityAndTheHelperReachingTheirSockets() {
    JsonObject asker = programme.member("asker", "algeciras");
    JsonObject colleague = programme.member("colleague", "algeciras");
    JsonObject mentor = programme.withRole("helper", "barcelona", "mentor");
    JsonObject outsider = programme.member("outsider", "braga");
    String request = asked(asker, "digital-government").getString("id");
    try (ChatClient colleagueSocket = ChatClient.authenticated(server, token(colleague));
         Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      JsonObject accepted = ok(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(mentor)));
      assertThat(accepted.getString("status")).isEqualTo("matched");
      assertThat(accepted.getJsonObject("helper").getString("id")).isEqualTo(id(mentor));
      String room = accepted.getString("roomId");
      assertThat(room).isNotNull();

      JsonObject frame = await(colleagueSocket.frame(f -> "room".equals(f.getString("type"))));
      assertThat(frame.getJsonObject("room").getString("id")).isEqualTo(room);
      assertThat(frame.getJsonObject("room").getString("kind")).isEqualTo("private");
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("request.accepted");
      assertThat(event.getString("roomId")).isEqualTo(room);
      assertThat(event.getString("helperId")).isEqualTo(id(mentor));

      for (JsonObject member : new JsonObject[] {asker, colleague, mentor}) {
        assertThat(api.get("/api/chat/rooms/" + room, token(member)).statusCode()).isEqualTo(200);
      }
      assertProblem(api.get("/api/chat/rooms/" + room, token(outsider)), 404);
    }
    assertThat(Audit.count(server, "request.accept", request)).isEqualTo(1);
  }

  @Test
  void aCoordinatorOfAnotherCityAcceptsButAMemberAMentorOfTheSameCityOrASecondHelperCannot() {
    JsonObject asker = programme.member("asker", "pecs");
    String request = asked(asker, "connectivity").getString("id");
    JsonObject plainMember = programme.member("plain", "arezzo");
    assertProblem(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(plainMember)), 403);
    JsonObject ownCoordinator = programme.coordinator("own", "pecs");
    assertProblem(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(ownCoordinator)), 403);
    JsonObject ownMentor = programme.withRole("own-mentor", "pecs", "mentor");
    assertProblem(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(ownMentor)), 403);
    assertThat(ok(api.get("/api/requests/" + request, token(asker))).getString("status")).isEqualTo("open");

    JsonObject helper = programme.coordinator("helper", "gent");
    assertThat(ok(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(helper))).getString("status")).isEqualTo("matched");
    JsonObject second = programme.withRole("late", "hamburg", "mentor");
    assertProblem(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(second)), 409);
    assertThat(ok(api.get("/api/requests/" + request, token(asker))).getJsonObject("helper").getString("id")).isEqualTo(id(helper));
  }

  @Test
  void theAuthorClosesWithAnOutcomeThatStaysAndAClosedRequestIsNotClosedAgain() {
    JsonObject asker = programme.member("asker", "ostrava");
    JsonObject mentor = programme.withRole("helper", "helsinki", "mentor");
    String request = asked(asker, "health-care").getString("id");
    ok(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(mentor)));
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      JsonObject closed = ok(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "We copied the tele-care pilot"),
        token(asker)));
      assertThat(closed.getString("status")).isEqualTo("closed");
      assertThat(closed.getString("outcome")).isEqualTo("We copied the tele-care pilot");
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("request.closed");
      assertThat(event.getString("helperId")).isEqualTo(id(mentor));
    }
    assertProblem(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "again"), token(asker)), 409);
    assertThat(ok(api.get("/api/requests/" + request, token(mentor))).getString("outcome")).isEqualTo("We copied the tele-care pilot");
    assertThat(Audit.count(server, "request.close", request)).isEqualTo(1);
  }

  @Test
  void onlyTheAuthorTheCitysCoordinatorOrAModeratorClosesAndAnOutcomeIsRequired() {
    JsonObject asker = programme.member("asker", "braga");
    String request = asked(asker, "tourism-culture").getString("id");
    assertFieldError(api.post("/api/requests/" + request + "/close", new JsonObject(), token(asker)), "outcome");
    JsonObject colleague = programme.member("colleague", "braga");
    assertProblem(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "no"), token(colleague)), 403);
    JsonObject mentor = programme.withRole("mentor", "aarhus", "mentor");
    assertProblem(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "no"), token(mentor)), 403);
    assertThat(ok(api.get("/api/requests/" + request, token(asker))).getString("status")).isEqualTo("open");
    JsonObject coordinator = programme.coordinator("coordinator", "braga");
    assertThat(ok(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "Solved at home"), token(coordinator)))
      .getString("status")).isEqualTo("closed");
  }

  @Test
  void unknownRequestsAreNotFound() {
    JsonObject mentor = programme.withRole("mentor", "lisbon", "mentor");
    assertProblem(api.get("/api/requests/999999", token(mentor)), 404);
    assertProblem(api.get("/api/requests/not-a-number", token(mentor)), 404);
    assertProblem(api.post("/api/requests/999999/accept", new JsonObject(), token(mentor)), 404);
    assertProblem(api.post("/api/requests/999999/close", new JsonObject().put("outcome", "x"), token(mentor)), 404);
    assertProblem(api.get("/api/requests"), 401);
  }

  @Test
  void theListFiltersByStatusAndThemeNewestFirstInPages() {
    JsonObject asker = programme.member("lister", "umea");
    String first = asked(asker, "funding-procurement").getString("id");
    String second = asked(asker, "funding-procurement").getString("id");
    String third = asked(asker, "funding-procurement").getString("id");
    ok(api.post("/api/requests/" + first + "/close", new JsonObject().put("outcome", "done"), token(asker)));

    JsonObject open = ok(api.get("/api/requests?status=open&theme=funding-procurement&limit=1", token(asker)));
    assertThat(open.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(third);
    JsonObject next = ok(api.get("/api/requests?status=open&theme=funding-procurement&limit=1&cursor=" + open.getString("next"), token(asker)));
    assertThat(next.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(second);
    JsonObject closed = ok(api.get("/api/requests?status=closed&theme=funding-procurement", token(asker)));
    assertThat(closed.getJsonArray("items").stream().map(r -> ((JsonObject) r).getString("id"))).containsExactly(first);
    assertFieldError(api.get("/api/requests?status=pending", token(asker)), "status");
  }

  @Test
  void theDashboardCountsEachCitysOpenAndClosedRequests() {
    JsonObject asker = programme.member("counted", "cluj-napoca");
    asked(asker, "open-data");
    String done = asked(asker, "open-data").getString("id");
    ok(api.post("/api/requests/" + done + "/close", new JsonObject().put("outcome", "done"), token(asker)));
    JsonObject dashboard = ok(api.get("/api/dashboard?cohort=fellow", token(programme.withRole("reader", "amsterdam", "mentor"))));
    JsonObject cluj = dashboard.getJsonArray("cities").stream().map(JsonObject.class::cast)
      .filter(row -> row.getJsonObject("city").getString("id").equals("cluj-napoca")).findFirst().orElseThrow();
    assertThat(cluj.getJsonObject("requests")).isEqualTo(new JsonObject().put("open", 1).put("closed", 1));
  }
}
