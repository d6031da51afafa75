package eu.urbis.http;

import eu.urbis.failure.Busy;
import eu.urbis.failure.Conflict;
import eu.urbis.failure.Failure;
import eu.urbis.failure.Forbidden;
import eu.urbis.failure.Invalid;
import eu.urbis.failure.NotFound;
import eu.urbis.failure.RateLimited;
import eu.urbis.failure.Suspended;
import eu.urbis.failure.TooLarge;
import eu.urbis.failure.Unauthorized;
import io.vertx.core.json.JsonObject;

/** How the REST edge says each domain failure: its problem type, Retry-After and extra members. */
final class FailureProblems {
  private FailureProblems() {
  }

  static ApiException of(Failure failure) {
    return new ApiException(type(failure), failure.getMessage(), failure.errors(), retryAfter(failure), extensions(failure));
  }

  private static ProblemType type(Failure failure) {
    if (failure instanceof NotFound) {
      return ProblemType.NOT_FOUND;
    } else if (failure instanceof Forbidden) {
      return ProblemType.FORBIDDEN;
    } else if (failure instanceof Conflict) {
      return ProblemType.CONFLICT;
    } else if (failure instanceof Invalid) {
      return ProblemType.VALIDATION;
    } else if (failure instanceof Unauthorized) {
      return ProblemType.UNAUTHORIZED;
    } else if (failure instanceof Suspended) {
      return ProblemType.SUSPENDED;
    } else if (failure instanceof RateLimited) {
      return ProblemType.RATE_LIMITED;
    } else if (failure instanceof Busy) {
      return ProblemType.BUSY;
    } else if (failure instanceof TooLarge) {
      return ProblemType.PAYLOAD_TOO_LARGE;
    }
    throw new IllegalStateException("a failure without a problem type: " + failure.getClass());
  }

  private static long retryAfter(Failure failure) {
    if (failure instanceof RateLimited limited) {
      return limited.retryAfterSeconds();
    }
    return failure instanceof Busy busy ? busy.retryAfterSeconds() : 0;
  }

  private static JsonObject extensions(Failure failure) {
    if (!(failure instanceof Suspended suspended)) {
      return null;
    }
    return new JsonObject()
      .put("suspendedUntil", suspended.until() == null ? null : suspended.until().toString())
      .put("reason", suspended.reason());
  }
}
