package eu.urbis.http;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** Field errors carry a stable code and the params a client needs to say them in its own language. */
class FieldErrorCodeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static JsonObject registration(String username) {
    return new JsonObject().put("username", username).put("password", "a long enough password")
      .put("displayName", "Coded Person").put("cityId", "gabrovo");
  }

  @Test
  void aMissingFieldIsRequired() {
    assertFieldError(api.post("/api/auth/register", registration("coded-missing").putNull("displayName")), "displayName", "required");
  }

  @Test
  void aShortFieldSaysTheMinimumAndALongOneTheMaximumAndItsLength() {
    JsonObject tooShort = assertFieldError(api.post("/api/auth/register", registration("ab")), "username", "too_short");
    assertThat(tooShort.getJsonObject("params")).isEqualTo(new JsonObject().put("min", 3));
    JsonObject tooLong = assertFieldError(api.post("/api/auth/register", registration("coded-long").put("displayName", "d".repeat(81))),
      "displayName", "too_long");
    assertThat(tooLong.getJsonObject("params")).isEqualTo(new JsonObject().put("max", 80).put("length", 81));
    assertThat(tooLong.getString("message")).isEqualTo("Use at most 80 characters (this has 81).");
  }

  @Test
  void aWrongFormIsAPatternAWrongTypeSaysWhichTypeAndAnUnknownCityIsUnknown() {
    assertFieldError(api.post("/api/auth/register", registration("Not Allowed!")), "username", "pattern");
    JsonObject wrongType = assertFieldError(api.post("/api/auth/register", registration("coded-type").put("cityId", 7)), "cityId", "wrong_type");
    assertThat(wrongType.getJsonObject("params")).isEqualTo(new JsonObject().put("expected", "string"));
    assertFieldError(api.post("/api/auth/register", registration("coded-city").put("cityId", "atlantis")), "cityId", "unknown");
  }

  @Test
  void aGuessablePasswordIsWeak() {
    assertFieldError(api.post("/api/auth/register", registration("coded-weak").put("password", "ababababababab")), "password", "weak_password");
  }

  @Test
  void aValueOffAFixedListNamesTheAllowedValues() {
    JsonObject error = assertFieldError(api.get("/api/search?q=x&kind=poem", api.newMember("coded-search").getString("token")),
      "kind", "one_of");
    assertThat(error.getJsonObject("params")).isEqualTo(new JsonObject().put("allowed", "discussion, practice"));
  }

  @Test
  void aNumberOutsideItsRangeSaysTheRange() {
    JsonObject error = assertFieldError(api.get("/api/notifications?limit=0", api.newMember("coded-limit").getString("token")),
      "limit", "out_of_range");
    assertThat(error.getJsonObject("params").getInteger("min")).isEqualTo(1);
    assertThat(error.getJsonObject("params").getInteger("max")).isPositive();
  }
}
