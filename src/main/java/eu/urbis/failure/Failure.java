package eu.urbis.failure;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * An expected outcome that is not success, said in the domain's terms: the REST edge turns it into problem+json
 * and the socket edge into an error frame's code. Services fail their Futures with these; none carries a stack
 * trace, since none is a bug.
 */
public abstract sealed class Failure extends RuntimeException
  permits NotFound, Forbidden, Conflict, Invalid, Unauthorized, Suspended, RateLimited, Busy, TooLarge {

  protected Failure(String detail) {
    super(detail, null, false, false);
  }

  /** The fields the failure is about; empty unless the caller can fix the input. */
  public List<FieldError> errors() {
    return List.of();
  }

  public static NotFound notFound(String detail) {
    return new NotFound(detail);
  }

  public static Forbidden forbidden(String detail) {
    return new Forbidden(detail);
  }

  public static Conflict conflict(String detail) {
    return new Conflict(detail, List.of());
  }

  public static Invalid invalid(List<FieldError> errors) {
    return new Invalid(errors);
  }

  public static Invalid invalid(String field, String code, String message) {
    return invalid(List.of(new FieldError(field, code, message)));
  }

  public static Invalid invalid(String field, String code, JsonObject params, String message) {
    return invalid(List.of(new FieldError(field, code, params, message)));
  }

  public static Unauthorized unauthorized(String detail) {
    return new Unauthorized(detail);
  }

  public static RateLimited rateLimited(long retryAfterSeconds) {
    return new RateLimited(retryAfterSeconds);
  }
}
