package eu.urbis.programme;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code POST /api/practices/{id}/transitions}, validated: a note is required to return, an evidence level to validate. */
record TransitionRequest(long threadId, PracticeStatus to, String note, Evidence evidence) {

  /** The body is judged before the id, so a bad body on any path is a 400. */
  static TransitionRequest from(String threadId, JsonObject json) {
    Input in = Input.of(json);
    PracticeStatus to = in.requiredEnum("to", PracticeStatus.class);
    String note = in.optionalText("note", 1, 4_000);
    Evidence evidence = in.optionalEnum("evidence", Evidence.class);
    if (to == PracticeStatus.RETURNED && note == null && !in.has("note")) {
      in.reject("note", FieldCode.REQUIRED, "is required to return a practice: say what to change");
    }
    if (to == PracticeStatus.VALIDATED && evidence == null && !in.has("evidence")) {
      in.reject("evidence", FieldCode.REQUIRED, "is required to validate a practice: idea, piloted or proven");
    }
    if (to != null && to != PracticeStatus.VALIDATED && in.has("evidence")) {
      in.reject("evidence", FieldCode.NOT_ALLOWED, "is given only when validating");
    }
    in.validate();
    return new TransitionRequest(PathIds.parse(threadId, "practice"), to, note, evidence);
  }

  String evidenceWire() {
    return evidence == null ? null : evidence.wire();
  }
}
