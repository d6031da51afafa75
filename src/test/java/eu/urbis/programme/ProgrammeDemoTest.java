package eu.urbis.programme;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;
import java.util.stream.Collectors;

import static eu.urbis.forum.ForumApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo shows the programme: coordinators, practices in every review state with timelines, adoptions over months. */
class ProgrammeDemoTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("demo", true));
  private static final Api api = server.api();

  @Test
  void theDemoHasCoordinatorsPracticesInEveryStateAndAdoptionsOverMonths() {
    String token = api.adminToken();
    assertThat(ok(api.get("/api/cities/gabrovo")).getJsonArray("coordinators").getJsonObject(0).getString("username")).isEqualTo("member");
    assertThat(ok(api.get("/api/cities/helsinki")).getJsonArray("coordinators")).isNotEmpty();
    assertThat(ok(api.get("/api/cities/lyon")).getJsonArray("coordinators")).isNotEmpty();
    JsonArray all = ok(api.get("/api/practices?status=all&limit=100", token)).getJsonArray("items");
    Set<String> states = all.stream().map(t -> ((JsonObject) t).getJsonObject("practice").getString("status")).collect(Collectors.toSet());
    assertThat(states).containsExactlyInAnyOrder("draft", "submitted", "in_review", "validated", "returned");
    JsonObject portal = all.stream().map(JsonObject.class::cast)
      .filter(t -> t.getString("title").equals("One digital front door for all city services")).findFirst().orElseThrow();
    assertThat(portal.getJsonObject("practice").getJsonObject("adoptions").getInteger("adopted")).isEqualTo(2);
    assertThat(ok(api.get("/api/practices/" + portal.getString("id") + "/history", token)).getJsonArray("items")).hasSize(3);
    JsonArray gabrovo = ok(api.get("/api/practices/" + portal.getString("id") + "/adoptions", token)).getJsonArray("items");
    JsonObject adopted = gabrovo.stream().map(JsonObject.class::cast).filter(a -> a.getString("cityId").equals("gabrovo")).findFirst().orElseThrow();
    assertThat(adopted.getJsonArray("history")).hasSize(3);
    Set<String> months = ok(api.get("/api/dashboard", token)).getJsonArray("adoptionsByMonth").stream()
      .map(entry -> ((JsonObject) entry).getString("month")).collect(Collectors.toSet());
    assertThat(months).hasSizeGreaterThan(3);
  }

  @Test
  void theDemoHasAnAnnouncementToTheMentorCitiesThatHalfOfThemAcknowledged() {
    String token = api.adminToken();
    JsonObject board = ok(api.get("/api/boards", token)).getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(b -> b.getString("slug").equals("introductions")).findFirst().orElseThrow();
    JsonObject announcement = ok(api.get("/api/boards/" + board.getString("id") + "/threads?limit=100", token)).getJsonArray("items")
      .stream().map(JsonObject.class::cast).filter(t -> "announcement".equals(t.getString("kind"))).findFirst().orElseThrow();
    JsonObject tally = ok(api.get("/api/threads/" + announcement.getString("id") + "/acks", token));
    assertThat(tally.getString("audience")).isEqualTo("mentor");
    assertThat(tally.getInteger("expected")).isPositive();
    assertThat(tally.getInteger("acknowledged") * 2).isEqualTo(tally.getInteger("expected"));
    assertThat(tally.getJsonArray("missing")).hasSize(tally.getInteger("acknowledged"));
  }

  @Test
  void theDemoHasAnOpenRequestWithSuggestedHelpersAndAClosedOneWithItsOutcome() {
    String token = api.adminToken();
    JsonObject open = ok(api.get("/api/requests?status=open", token)).getJsonArray("items").getJsonObject(0);
    assertThat(open.getString("cityId")).isEqualTo("gabrovo");
    assertThat(open.getJsonArray("suggestions")).isNotEmpty();
    JsonObject closed = ok(api.get("/api/requests?status=closed", token)).getJsonArray("items").getJsonObject(0);
    assertThat(closed.getString("outcome")).startsWith("Started with transport");
    assertThat(closed.getJsonObject("helper").getString("username")).isEqualTo("mentor");
  }
}
