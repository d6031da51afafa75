package eu.urbis.forum;

import eu.urbis.forum.ForumEvent.ThreadChanged.Change;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.EnumSet;
import java.util.Set;

/** A PATCH of a thread; null fields stay as they are. Everything but the title needs a moderator. */
record ThreadChange(String title, Boolean pinned, Boolean locked, Long boardId) {

  static ThreadChange from(JsonObject json) {
    Input in = Input.of(json);
    String title = in.optionalText("title", 3, 200);
    Boolean pinned = in.optionalBoolean("pinned");
    Boolean locked = in.optionalBoolean("locked");
    Long boardId = BodyIds.optionalField(json, in, "boardId");
    in.validate();
    return new ThreadChange(title, pinned, locked, boardId);
  }

  boolean needsModerator() {
    return pinned != null || locked != null || boardId != null;
  }

  boolean moves(Thread thread) {
    return boardId != null && !boardId.toString().equals(thread.boardId());
  }

  /** What this change does to {@code before}: a field set to the value it already has changes nothing. */
  Set<Change> against(Thread before) {
    Set<Change> changes = EnumSet.noneOf(Change.class);
    if (title != null && !title.equals(before.title())) {
      changes.add(Change.RETITLED);
    }
    if (pinned != null && pinned != before.pinned()) {
      changes.add(pinned ? Change.PINNED : Change.UNPINNED);
    }
    if (locked != null && locked != before.locked()) {
      changes.add(locked ? Change.LOCKED : Change.UNLOCKED);
    }
    if (moves(before)) {
      changes.add(Change.MOVED);
    }
    return changes;
  }

  JsonObject toJson() {
    return new JsonObject().put("title", title).put("pinned", pinned).put("locked", locked)
      .put("boardId", boardId == null ? null : boardId.toString());
  }
}
