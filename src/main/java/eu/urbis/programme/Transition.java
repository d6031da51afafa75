package eu.urbis.programme;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.Instant;

/** One step of a practice's review, as its timeline shows it. */
record Transition(String from, String to, String evidence, UserRef actor, String note, Instant at) {

  static Transition fromRow(Row row) {
    return new Transition(row.getString("from_status"), row.getString("to_status"), row.getString("evidence"),
      UserRef.fromRow(row, "actor_"), row.getString("note"), row.getOffsetDateTime("at").toInstant());
  }

  JsonObject toJson() {
    return new JsonObject().put("from", from).put("to", to).put("evidence", evidence).put("actor", actor.toJson())
      .put("note", note).put("at", at.toString());
  }
}
