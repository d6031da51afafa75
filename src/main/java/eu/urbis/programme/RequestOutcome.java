package eu.urbis.programme;

import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code POST /api/requests/{id}/close}: what came of the request. */
record RequestOutcome(long requestId, String outcome) {

  /** The body is judged before the id, so a bad body on any path is a 400. */
  static RequestOutcome from(String requestId, JsonObject body) {
    Input in = Input.of(body);
    String outcome = in.text("outcome", 1, 4_000);
    in.validate();
    return new RequestOutcome(PathIds.parse(requestId, "request"), outcome);
  }
}
