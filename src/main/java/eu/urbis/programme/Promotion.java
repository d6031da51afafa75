package eu.urbis.programme;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/**
 * {@code POST /api/chat/rooms/{id}/promote}: messages {@code fromSeq..toSeq} (at most {@link ChatPromotion#MAX_MESSAGES})
 * of the room become a thread on {@code boardId} titled {@code title}. The board and title are judged where the
 * thread is started (a board id that is not a number names no board: 404); each refusal here names its one field.
 */
record Promotion(String roomId, long fromSeq, long toSeq, long boardId, String title) {

  static Promotion from(String roomId, JsonObject body) {
    long from = seq(body, "fromSeq");
    long to = seq(body, "toSeq");
    if (to < from) {
      throw Failure.invalid("toSeq", FieldCode.INVALID, "must not be before fromSeq");
    }
    if (to - from + 1 > ChatPromotion.MAX_MESSAGES) {
      throw Failure.invalid("toSeq", FieldCode.TOO_MANY, new JsonObject().put("max", ChatPromotion.MAX_MESSAGES),
        "a thread takes at most " + ChatPromotion.MAX_MESSAGES + " messages at once");
    }
    if (!(body.getValue("boardId") instanceof String boardId) || boardId.isBlank()) {
      throw Failure.invalid("boardId", FieldCode.REQUIRED, "is required");
    }
    return new Promotion(roomId, from, to, PathIds.parse(boardId, "board"), title(body));
  }

  private static long seq(JsonObject body, String field) {
    Object raw = body.getValue(field);
    if (!(raw instanceof Integer || raw instanceof Long) || ((Number) raw).longValue() < 1) {
      throw Failure.invalid(field, FieldCode.OUT_OF_RANGE, new JsonObject().put("min", 1), "must be a seq of at least 1");
    }
    return ((Number) raw).longValue();
  }

  /** The thread's title as sent; one that is not text is refused as a missing one would be. */
  private static String title(JsonObject body) {
    return body.getValue("title") instanceof String title ? title : null;
  }
}
