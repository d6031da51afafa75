package eu.urbis.programme;

import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code PATCH /api/practices/{id}}: what a city needs to adopt the practice, and the lessons learned; a field left out keeps its text. */
record PracticeNotes(long threadId, String transferability, String lessons) {

  static PracticeNotes from(String threadId, JsonObject json) {
    Input in = Input.of(json);
    String transferability = in.optionalText("transferability", 0, 10_000);
    String lessons = in.optionalText("lessons", 0, 10_000);
    in.validate();
    return new PracticeNotes(PathIds.parse(threadId, "practice"), transferability, lessons);
  }
}
