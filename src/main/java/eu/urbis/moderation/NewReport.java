package eu.urbis.moderation;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

import java.util.Set;

/** A report of something a member saw: of which kind ({@code targetType}), which one, and why. */
record NewReport(String targetType, long targetId, String reason) {
  /** @param types the kinds of things that can be reported (the registered report targets) */
  static NewReport from(JsonObject body, Set<String> types) {
    Input in = Input.of(body);
    String type = in.text("targetType", 1, 16);
    String targetId = in.text("targetId", 1, 20);
    String reason = in.text("reason", 1, 1000);
    if (type != null && !types.contains(type)) {
      String allowed = String.join(", ", types.stream().sorted().toList());
      in.reject("targetType", FieldCode.ONE_OF, new JsonObject().put("allowed", allowed), "must be one of " + allowed);
    }
    in.validate();
    return new NewReport(type, PathIds.parse(targetId, type), reason);
  }
}
