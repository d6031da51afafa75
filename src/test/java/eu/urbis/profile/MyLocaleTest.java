package eu.urbis.profile;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** PATCH /api/me {"locale"}: the user's language, one of the 24 or null, shown wherever the User is. */
class MyLocaleTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static String locale(String token) {
    return api.get("/api/me", token).bodyAsJsonObject().getString("locale");
  }

  @Test
  void aNewUserHasNoLanguageUntilTheyChooseOneAndThenKeepsIt() {
    JsonObject session = api.newMember("polyglot");
    String token = session.getString("token");
    assertThat(session.getJsonObject("user").containsKey("locale")).isTrue();
    assertThat(session.getJsonObject("user").getString("locale")).isNull();

    var response = api.patch("/api/me", new JsonObject().put("locale", "bg"), token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("locale")).isEqualTo("bg");
    assertThat(locale(token)).isEqualTo("bg");
    String username = session.getJsonObject("user").getString("username");
    assertThat(api.login(username).getJsonObject("user").getString("locale")).isEqualTo("bg");
    String id = session.getJsonObject("user").getString("id");
    assertThat(api.get("/api/users/" + id, token).bodyAsJsonObject().getString("locale")).isEqualTo("bg");
  }

  @Test
  void nullGivesTheChoiceBackToTheBrowserAndAnAbsentLocaleChangesNothing() {
    String token = api.newMember("undecided").getString("token");
    api.patch("/api/me", new JsonObject().put("locale", "de"), token);
    assertThat(api.patch("/api/me", new JsonObject(), token).bodyAsJsonObject().getString("locale")).isEqualTo("de");
    assertThat(api.patch("/api/me", new JsonObject().putNull("locale"), token).statusCode()).isEqualTo(200);
    assertThat(locale(token)).isNull();
  }

  @Test
  void aLanguageOutsideTheTwentyFourIsAFieldErrorAndChangesNothing() {
    String token = api.newMember("klingon").getString("token");
    api.patch("/api/me", new JsonObject().put("locale", "sv"), token);
    JsonObject error = assertFieldError(api.patch("/api/me", new JsonObject().put("locale", "tlh"), token), "locale", "too_long");
    assertThat(error.getJsonObject("params").getInteger("max")).isEqualTo(2);
    JsonObject offList = assertFieldError(api.patch("/api/me", new JsonObject().put("locale", "xx"), token), "locale", "one_of");
    assertThat(offList.getJsonObject("params").getString("allowed")).startsWith("bg, cs, da, de").endsWith("sl, sv");
    assertFieldError(api.patch("/api/me", new JsonObject().put("locale", 49), token), "locale", "wrong_type");
    assertThat(locale(token)).isEqualTo("sv");
  }

  @Test
  void onlyASignedInCallerHasSettings() {
    assertProblem(api.patch("/api/me", new JsonObject().put("locale", "de"), null), 401);
  }
}
