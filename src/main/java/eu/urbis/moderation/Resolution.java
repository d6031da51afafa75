package eu.urbis.moderation;

import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** A moderator's decision on an open report: dismiss it, or delete what it targets; with an optional note. */
record Resolution(long reportId, Action action, String note) {
  enum Action { DISMISS, DELETE }

  static Resolution from(String reportId, JsonObject body) {
    long id = PathIds.parse(reportId, "report");
    Input in = Input.of(body);
    Action action = in.requiredEnum("action", Action.class);
    String note = in.optionalText("note", 1, 1000);
    in.validate();
    return new Resolution(id, action, note);
  }
}
