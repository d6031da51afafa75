package eu.urbis.forum;

import eu.urbis.http.PageRequest;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A position in a board's thread order (pinned first, then latest activity, then newest id), as a keyset cursor. */
record BoardOrder(boolean pinned, Instant lastPostAt, long threadId) {
  /** Sorts before every thread: pinned, active at the end of time, the largest id. */
  private static final BoardOrder START = new BoardOrder(true, Instant.parse("9999-12-31T23:59:59Z"), Long.MAX_VALUE);

  static BoardOrder after(PageRequest page) {
    if (page.first()) {
      return START;
    }
    return new BoardOrder(page.cursorFlag("pinned"), page.cursorInstant("at"), page.cursorNumber("id"));
  }

  static JsonObject cursorAfter(Thread thread) {
    return new JsonObject()
      .put("pinned", thread.pinned())
      .put("at", thread.lastPostAt().toString())
      .put("id", thread.numericId());
  }

  OffsetDateTime lastPostAtUtc() {
    return lastPostAt.atOffset(ZoneOffset.UTC);
  }
}
