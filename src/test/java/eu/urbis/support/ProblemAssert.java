package eu.urbis.support;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a response is an RFC 9457 problem with the expected status (and field, when given). */
public final class ProblemAssert {
  private ProblemAssert() {
  }

  public static JsonObject assertProblem(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = response.bodyAsJsonObject();
    assertThat(problem.getInteger("status")).isEqualTo(status);
    assertThat(problem.getString("type")).startsWith("/problems/");
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(problem.encode()).doesNotContain("Exception").doesNotContain("at eu.urbis").doesNotContain("SELECT ");
    return problem;
  }

  /** A 400 naming {@code field}; every field error carries a stable code and an English message. */
  public static JsonObject assertFieldError(HttpResponse<Buffer> response, String field) {
    JsonObject problem = assertProblem(response, 400);
    assertThat(problem.getJsonArray("errors")).as(problem.encode()).isNotNull();
    assertThat(problem.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
      .as(problem.encode())
      .contains(field);
    problem.getJsonArray("errors").forEach(e -> assertThat(((JsonObject) e).getString("code")).as(problem.encode()).matches("[a-z_]+"));
    problem.getJsonArray("errors").forEach(e -> assertThat(((JsonObject) e).getString("message")).as(problem.encode()).isNotBlank());
    return problem;
  }

  /** As {@link #assertFieldError(HttpResponse, String)}, and that field's error has {@code code}; returns that error. */
  public static JsonObject assertFieldError(HttpResponse<Buffer> response, String field, String code) {
    JsonObject problem = assertFieldError(response, field);
    JsonObject error = problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
      .filter(e -> field.equals(e.getString("field"))).findFirst().orElseThrow();
    assertThat(error.getString("code")).as(problem.encode()).isEqualTo(code);
    return error;
  }
}
