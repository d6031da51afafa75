package eu.urbis.programme;

import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code PUT /api/practices/{id}/adoptions/{cityId}}: where {@code cityId} is with the practice, and what it says of it. */
record AdoptionDeclaration(long threadId, String cityId, AdoptionStage stage, String note, String outcomes) {

  /** The body is judged before the id, so a bad body on any path is a 400. */
  static AdoptionDeclaration from(String threadId, String cityId, JsonObject json) {
    Input in = Input.of(json);
    AdoptionStage stage = in.requiredEnum("stage", AdoptionStage.class);
    String note = in.optionalText("note", 0, 4_000);
    String outcomes = in.optionalText("outcomes", 0, 10_000);
    in.validate();
    return new AdoptionDeclaration(PathIds.parse(threadId, "practice"), cityId, stage, note, outcomes);
  }
}
