package eu.urbis.http;

import eu.urbis.failure.Failure;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one door every failure leaves by: the domain's {@link Failure}s, the edge's own {@link ApiException}s,
 * vertx-web's HttpException and the router's own 404/405/413 all become RFC 9457 problem+json. Only 5xx are logged, with their cause.
 */
public final class Problems implements Handler<RoutingContext> {
  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  @Override
  public void handle(RoutingContext ctx) {
    ApiException problem = toProblem(ctx.failure(), ctx.statusCode());
    if (problem.type().status() >= 500) {
      log.error("{} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
    }
    send(ctx.response(), problem);
  }

  public static void send(HttpServerResponse response, ApiException problem) {
    if (response.ended() || response.headWritten()) {
      response.reset();
      return;
    }
    JsonObject body = new JsonObject()
      .put("type", problem.type().type())
      .put("title", problem.type().title())
      .put("status", problem.type().status())
      .put("detail", problem.getMessage());
    if (!problem.errors().isEmpty()) {
      JsonArray errors = new JsonArray();
      problem.errors().forEach(error -> errors.add(error.toJson()));
      body.put("errors", errors);
    }
    if (problem.extensions() != null) {
      body.mergeIn(problem.extensions());
    }
    if (problem.retryAfterSeconds() > 0) {
      response.putHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
    }
    response.setStatusCode(problem.type().status())
      .putHeader("Content-Type", "application/problem+json; charset=utf-8")
      .end(body.encode());
  }

  static ApiException toProblem(Throwable failure, int statusCode) {
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof Failure domain) {
      return FailureProblems.of(domain);
    }
    if (failure instanceof DecodeException) {
      return new ApiException(ProblemType.MALFORMED_JSON, "The request body is not valid JSON.");
    }
    if (failure instanceof HttpException http) {
      return fromStatus(http.getStatusCode(), http.getPayload());
    }
    if (DatabaseTrouble.isDown(failure)) {
      return new ApiException(ProblemType.DATABASE_UNAVAILABLE, "The database cannot be reached; try again shortly.",
        List.of(), DatabaseTrouble.RETRY_AFTER_SECONDS, null);
    }
    if (DatabaseTrouble.isBusy(failure)) {
      return new ApiException(ProblemType.BUSY, "The server is busy; try again shortly.",
        List.of(), DatabaseTrouble.RETRY_AFTER_SECONDS, null);
    }
    if (failure == null && statusCode > 0) {
      return fromStatus(statusCode, null);
    }
    return new ApiException(ProblemType.INTERNAL, "An unexpected error occurred.");
  }

  private static ApiException fromStatus(int status, String payload) {
    ProblemType type = ProblemType.forStatus(status);
    String detail = switch (type) {
      case NOT_FOUND -> "No resource at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
      case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
      case UNAUTHORIZED -> "A valid bearer token is required.";
      case INTERNAL -> "An unexpected error occurred.";
      default -> payload != null ? payload : type.title();
    };
    return new ApiException(type, detail);
  }
}
