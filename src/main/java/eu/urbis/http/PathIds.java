package eu.urbis.http;

import eu.urbis.failure.Failure;
import eu.urbis.failure.NotFound;
import io.vertx.core.Future;

/** Ids in paths: an id that is not a number names nothing, so it is a 404 like an unknown one. */
public final class PathIds {
  private PathIds() {
  }

  /** @param what the kind of thing the id names, for the problem's detail ("thread", "room", …) */
  public static long parse(String raw, String what) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw notFound(what);
    }
  }

  /** The same as a Future, for a service that takes ids as they came: a failed one (404) instead of a throw. */
  public static Future<Long> parsed(String raw, String what) {
    try {
      return Future.succeededFuture(parse(raw, what));
    } catch (NotFound e) {
      return Future.failedFuture(e);
    }
  }

  public static NotFound notFound(String what) {
    return Failure.notFound("No such " + what + ".");
  }
}
