package eu.urbis.http;

import eu.urbis.failure.FieldError;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * A problem of the HTTP edge itself (malformed JSON, a wrong media type, a request line too long), and the form every
 * failure takes on its way out as problem+json. Features fail with {@link eu.urbis.failure.Failure}s instead.
 */
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
