package eu.urbis.city;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityRosterTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  @Test
  void theSampleRosterHas15Challenge20FellowAnd6MentorCities() {
    var response = api.get("/api/cities");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonArray items = response.bodyAsJsonObject().getJsonArray("items");
    Map<String, Long> byRole = items.stream()
      .map(item -> ((JsonObject) item).getString("role"))
      .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(byRole).containsExactlyInAnyOrderEntriesOf(Map.of("challenge", 15L, "fellow", 20L, "mentor", 6L));
  }

  @Test
  void aCityShowsHowManyMembersItHas() {
    api.newMember("gabrovian");
    JsonObject city = api.get("/api/cities/gabrovo").bodyAsJsonObject();
    assertThat(city.getString("name")).isEqualTo("Gabrovo");
    assertThat(city.getString("country")).isEqualTo("BG");
    assertThat(city.getLong("members")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anUnknownCityIsA404() {
    assertProblem(api.get("/api/cities/atlantis"), 404);
  }

  @Test
  void aRosterEntryWithABadCountryIsRejectedNamingTheEntry() {
    String roster = "{\"cities\": [{\"id\": \"x\", \"name\": \"X\", \"country\": \"xx\", \"role\": \"mentor\"}]}";
    assertThatThrownBy(() -> CityRoster.parse(roster)).hasMessageContaining("cities[0]").hasMessageContaining("country");
  }

  @Test
  void aRosterEntryWithAnUnknownRoleIsRejected() {
    String roster = "{\"cities\": [{\"id\": \"x\", \"name\": \"X\", \"country\": \"DE\", \"role\": \"mayor\"}]}";
    assertThatThrownBy(() -> CityRoster.parse(roster)).hasMessageContaining("role");
  }
}
