package eu.urbis.notify;

import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.Api;
import eu.urbis.support.ChatClient;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ask the network" notifies: an opened request reaches the coordinators and mentors of the suggested cities (never
 * the asking city, never someone suspended), an accepted one its author, a closed one its helper with the outcome;
 * live and in the inbox, each naming its step.
 */
class RequestNotificationsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);

  private static String asked(JsonObject session, String theme, String title) {
    var response = api.post("/api/requests", new JsonObject().put("theme", theme).put("title", title)
      .put("need", "A first data set in three months"), token(session));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }

  private static JsonObject arrived(ChatClient socket, String request, String excerpt) {
    return await(socket.frame(f -> "notification".equals(f.getString("type"))
      && "request".equals(f.getJsonObject("notification").getString("kind"))
      && request.equals(f.getJsonObject("notification").getJsonObject("target").getString("id"))
      && excerpt.equals(f.getJsonObject("notification").getString("excerpt")))).getJsonObject("notification");
  }

  private static List<JsonObject> inbox(JsonObject session) {
    return ok(api.get("/api/notifications?kind=request", token(session))).getJsonArray("items").stream()
      .map(JsonObject.class::cast).toList();
  }

  /** Who was told about {@code request}, by user id. */
  private static List<String> told(String request) {
    return Db.rows(server, "SELECT user_id FROM notifications WHERE kind = 'request' AND target_id = $1 ORDER BY user_id",
      Long.parseLong(request)).stream().map(row -> Long.toString(row.getLong("user_id"))).toList();
  }

  @Test
  void anOpenedRequestReachesTheCoordinatorsAndMentorsOfTheSuggestedCitiesButNotTheAskingCityOrTheSuspended() {
    JsonObject author = programme.member("author", "trikala");
    JsonObject reviewer = programme.withRole("reviewer", "hamburg", "mentor");
    programme.validated(author, reviewer, "piloted");
    JsonObject coordinator = programme.coordinator("coordinator", "trikala");
    JsonObject mentor = programme.withRole("mentor", "trikala", "mentor");
    JsonObject suspended = programme.coordinator("suspended", "trikala");
    JsonObject plain = programme.member("plain", "trikala");
    JsonObject asker = programme.member("asker", "jelgava");
    JsonObject ownCoordinator = programme.coordinator("own", "jelgava");
    JsonObject ownMentor = programme.withRole("ownmentor", "jelgava", "mentor");
    JsonObject elsewhere = programme.coordinator("elsewhere", "braga");
    JsonObject moderator = api.newUserWithRole("moderator", "moderator");
    assertThat(api.post("/api/users/" + id(suspended) + "/suspend", new JsonObject().put("reason", "spam"), token(moderator)).statusCode())
      .isEqualTo(200);

    String request;
    try (ChatClient socket = ChatClient.authenticated(server, token(coordinator))) {
      request = asked(asker, "open-data", "How do we open our <b>bus</b> data?");
      JsonObject live = arrived(socket, request, "A first data set in three months");
      assertThat(live.getString("title")).isEqualTo("How do we open our <b>bus</b> data?");
      assertThat(live.getJsonObject("actor").getString("id")).isEqualTo(id(asker));
      assertThat(live.getJsonObject("target").getString("type")).isEqualTo("request");
      assertThat(live.getString("step")).isEqualTo("opened");
    }
    assertThat(inbox(coordinator)).singleElement().satisfies(item -> assertThat(item.getString("step")).isEqualTo("opened"));
    assertThat(inbox(mentor)).hasSize(1);
    for (JsonObject nobody : List.of(plain, asker, ownCoordinator, ownMentor, elsewhere)) {
      assertThat(inbox(nobody)).as(nobody.getJsonObject("user").getString("username")).isEmpty();
    }
    assertThat(told(request)).doesNotContain(id(asker), id(ownCoordinator), id(ownMentor), id(suspended), id(plain), id(elsewhere))
      .contains(id(coordinator), id(mentor));
  }

  @Test
  void acceptingTellsTheAuthorWithTheHelperAsActorAndClosingTellsTheHelperTheOutcome() {
    JsonObject asker = programme.member("asker", "kalamata");
    JsonObject helper = programme.withRole("helper", "barcelona", "mentor");
    String request = asked(asker, "smart-mobility", "Night buses on demand");
    try (ChatClient askerSocket = ChatClient.authenticated(server, token(asker));
         ChatClient helperSocket = ChatClient.authenticated(server, token(helper))) {
      ok(api.post("/api/requests/" + request + "/accept", new JsonObject(), token(helper)));
      JsonObject accepted = arrived(askerSocket, request, "A first data set in three months");
      assertThat(accepted.getJsonObject("actor").getString("id")).isEqualTo(id(helper));
      assertThat(accepted.getString("title")).isEqualTo("Night buses on demand");
      assertThat(accepted.getString("step")).isEqualTo("accepted");

      ok(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "We run them now,\n\nevery night"), token(asker)));
      JsonObject closed = arrived(helperSocket, request, "We run them now, every night");
      assertThat(closed.getJsonObject("actor").getString("id")).isEqualTo(id(asker));
      assertThat(closed.getJsonObject("target").getString("id")).isEqualTo(request);
      assertThat(closed.getString("step")).isEqualTo("closed");
    }
    assertThat(inbox(asker)).singleElement().satisfies(item -> assertThat(item.getString("step")).isEqualTo("accepted"));
    assertThat(inbox(helper)).singleElement().satisfies(item -> assertThat(item.getString("step")).isEqualTo("closed"));
    assertThat(told(request)).containsExactlyInAnyOrder(id(asker), id(helper));
  }

  @Test
  void closingARequestNobodyAcceptedTellsNoOne() {
    JsonObject asker = programme.member("asker", "oulu");
    String request = asked(asker, "digital-government", "Paperless permits");
    ok(api.post("/api/requests/" + request + "/close", new JsonObject().put("outcome", "Solved at home"), token(asker)));
    String later = asked(asker, "digital-government", "Digital signatures");
    try (ChatClient socket = ChatClient.authenticated(server, token(asker))) {
      ok(api.post("/api/requests/" + later + "/accept", new JsonObject(), token(programme.withRole("helper", "braga", "mentor"))));
      arrived(socket, later, "A first data set in three months");
    }
    assertThat(told(request)).as("the events are heard in order: the closing came before the acceptance").isEmpty();
  }
}
