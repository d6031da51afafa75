package eu.urbis.forum;

import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/** A PATCH of a thread; null fields stay as they are. Everything but the title needs a moderator. */
record ThreadChange(String title, Boolean pinned, Boolean locked, Long boardId) {

  static ThreadChange from(JsonObject json) {
    Input in = Input.of(json);
    String title = in.optionalText("title", 3, 200);
    Boolean pinned = in.optionalBoolean("pinned");
    Boolean locked = in.optionalBoolean("locked");
    Long boardId = Ids.optionalField(json, in, "boardId");
    in.validate();
    return new ThreadChange(title, pinned, locked, boardId);
  }

  boolean needsModerator() {
    return pinned != null || locked != null || boardId != null;
  }

  boolean moves(Thread thread) {
    return boardId != null && !boardId.toString().equals(thread.boardId());
  }

  JsonObject toJson() {
    return new JsonObject().put("title", title).put("pinned", pinned).put("locked", locked)
      .put("boardId", boardId == null ? null : boardId.toString());
  }
}
