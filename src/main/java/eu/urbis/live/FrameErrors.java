package eu.urbis.live;

import eu.urbis.failure.Conflict;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldError;
import eu.urbis.failure.Forbidden;
import eu.urbis.failure.Invalid;
import eu.urbis.failure.NotFound;
import eu.urbis.failure.RateLimited;
import eu.urbis.failure.Suspended;
import eu.urbis.failure.TooLarge;
import eu.urbis.failure.Unauthorized;

import java.util.stream.Collectors;

/**
 * How the socket edge says each domain failure: the error frame's code (API.md → Chat). Something a frame names that
 * the caller may not see is {@code unknown_room}, as a room that does not exist is: the two look the same.
 */
public final class FrameErrors {
  private FrameErrors() {
  }

  public static FrameError of(Failure failure, String ref) {
    return new FrameError(code(failure), message(failure), ref);
  }

  private static String code(Failure failure) {
    if (failure instanceof NotFound) {
      return "unknown_room";
    } else if (failure instanceof Forbidden || failure instanceof Suspended || failure instanceof Unauthorized) {
      return "forbidden";
    } else if (failure instanceof RateLimited) {
      return "rate_limited";
    } else if (failure instanceof TooLarge) {
      return "too_large";
    } else if (failure instanceof Invalid || failure instanceof Conflict) {
      return "bad_frame";
    }
    return "unavailable";
  }

  /** A field error's own words, as an error frame has no list of fields. */
  private static String message(Failure failure) {
    if (failure.errors().isEmpty()) {
      return failure.getMessage();
    }
    return failure.errors().stream()
      .map(error -> "'" + error.field() + "' " + error.message())
      .collect(Collectors.joining("; ")) + ".";
  }
}
