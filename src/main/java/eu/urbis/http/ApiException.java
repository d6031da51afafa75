package eu.urbis.http;

import io.vertx.core.json.JsonObject;

import java.util.List;

/** An expected failure that the problem handler turns into problem+json; carries no stack trace. */
public class ApiException extends RuntimeException {
  private final ProblemType type;
  private final List<FieldError> errors;
  private final long retryAfterSeconds;
  private final JsonObject extensions;

  public ApiException(ProblemType type, String detail, List<FieldError> errors, long retryAfterSeconds, JsonObject extensions) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
    this.extensions = extensions;
  }

  public ApiException(ProblemType type, String detail) {
    this(type, detail, List.of(), 0, null);
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(ProblemType.BAD_REQUEST, detail);
  }

  public static ApiException invalid(List<FieldError> errors) {
    return new ApiException(ProblemType.VALIDATION, "One or more fields are invalid.", errors, 0, null);
  }

  public static ApiException invalid(String field, String code, String message) {
    return invalid(List.of(new FieldError(field, code, message)));
  }

  public static ApiException invalid(String field, String code, JsonObject params, String message) {
    return invalid(List.of(new FieldError(field, code, params, message)));
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(ProblemType.UNAUTHORIZED, detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(ProblemType.FORBIDDEN, detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(ProblemType.NOT_FOUND, detail);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(ProblemType.CONFLICT, detail);
  }

  public static ApiException rateLimited(long retryAfterSeconds) {
    return new ApiException(ProblemType.RATE_LIMITED, "Too many attempts; try again in " + retryAfterSeconds + " s.",
      List.of(), retryAfterSeconds, null);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Extra members for the problem body, e.g. {@code suspendedUntil}; may be null. */
  public JsonObject extensions() {
    return extensions;
  }
}
