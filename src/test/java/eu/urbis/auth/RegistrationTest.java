package eu.urbis.auth;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static JsonObject valid(String username) {
    return new JsonObject()
      .put("username", username)
      .put("password", "a long enough password")
      .put("displayName", "Valid Person")
      .put("cityId", "gabrovo");
  }

  @Test
  void registrationAnswersTokensAndAMemberInTheChosenCity() {
    var response = api.post("/api/auth/register", valid("new.member_1"));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("token")).isNotBlank();
    assertThat(body.getString("refreshToken")).isNotBlank();
    assertThat(body.getJsonObject("user").getString("role")).isEqualTo("member");
    assertThat(body.getJsonObject("user").getString("cityId")).isEqualTo("gabrovo");
    assertThat(body.getJsonObject("user").getString("status")).isEqualTo("active");
    assertThat(body.encode()).doesNotContain("password");
  }

  static Stream<Arguments> invalidRegistrations() {
    return Stream.of(
      Arguments.of("username missing", valid("x").putNull("username"), "username"),
      Arguments.of("username too short", valid("ab"), "username"),
      Arguments.of("username too long", valid("a".repeat(33)), "username"),
      Arguments.of("username with a space", valid("al ice"), "username"),
      Arguments.of("username with markup", valid("<script>"), "username"),
      Arguments.of("username not a string", valid("x").put("username", 12345), "username"),
      Arguments.of("password missing", valid("pw-missing").putNull("password"), "password"),
      Arguments.of("password too short", valid("pw-short").put("password", "123456789"), "password"),
      Arguments.of("password too long", valid("pw-long").put("password", "p".repeat(201)), "password"),
      Arguments.of("password not a string", valid("pw-type").put("password", true), "password"),
      Arguments.of("password on the common list", valid("pw-common").put("password", "qwertyuiop"), "password"),
      Arguments.of("common password with digits", valid("pw-digits").put("password", "password123"), "password"),
      Arguments.of("common word, year and symbol", valid("pw-year").put("password", "Password2026!"), "password"),
      Arguments.of("password equal to the username", valid("same.as.name").put("password", "same.as.name"), "password"),
      Arguments.of("username with digits as password", valid("sunny.river").put("password", "Sunny.River2026"), "password"),
      Arguments.of("ten spaces as password", valid("pw-spaces").put("password", " ".repeat(10)), "password"),
      Arguments.of("one character repeated", valid("pw-repeat").put("password", "ababababababab"), "password"),
      Arguments.of("display name missing", valid("dn-missing").putNull("displayName"), "displayName"),
      Arguments.of("display name blank", valid("dn-blank").put("displayName", "   "), "displayName"),
      Arguments.of("display name too long", valid("dn-long").put("displayName", "d".repeat(81)), "displayName"),
      Arguments.of("city unknown", valid("city-unknown").put("cityId", "atlantis"), "cityId"),
      Arguments.of("city not a string", valid("city-type").put("cityId", 7), "cityId"));
  }

  @ParameterizedTest(name = "{0} is a 400 naming the field")
  @MethodSource("invalidRegistrations")
  void invalidRegistrationIsRejectedNamingTheField(String rule, JsonObject body, String field) {
    assertFieldError(api.post("/api/auth/register", body), field);
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    JsonObject body = new JsonObject().put("username", "x").put("password", "short");
    var problem = assertFieldError(api.post("/api/auth/register", body), "username");
    assertThat(problem.getJsonArray("errors")).hasSize(3);
  }

  @Test
  void aRejectedRegistrationCreatesNoAccount() {
    assertFieldError(api.post("/api/auth/register", valid("left-out").put("cityId", "atlantis")), "cityId");
    assertThat(api.post("/api/auth/register", valid("left-out")).statusCode()).isEqualTo(201);
  }

  @Test
  void usernameTakenInAnotherCaseIsAConflict() {
    assertThat(api.post("/api/auth/register", valid("case.test")).statusCode()).isEqualTo(201);
    assertProblem(api.post("/api/auth/register", valid("Case.Test")), 409);
  }

  @Test
  void usernameIsStoredInLowerCaseAndLogsInInAnyCase() {
    var response = api.post("/api/auth/register", valid("Mixed.Case"));
    assertThat(response.bodyAsJsonObject().getJsonObject("user").getString("username")).isEqualTo("mixed.case");
    var login = api.post("/api/auth/login", new JsonObject().put("username", "MIXED.case").put("password", "a long enough password"));
    assertThat(login.statusCode()).isEqualTo(200);
  }

  @Test
  void registrationWithoutCityIsAllowed() {
    var response = api.post("/api/auth/register", valid("no-city").putNull("cityId"));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.bodyAsJsonObject().getJsonObject("user").getValue("cityId")).isNull();
  }
}
