package eu.urbis.search;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PageRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code GET /api/search} parameters, validated: the words, the optional filters (board, kind, city, and the dates
 * {@code since} and {@code until}, both inclusive, as UTC days) and the keyset position.
 */
record SearchQuery(String words, Long boardId, String kind, String cityId, OffsetDateTime since, OffsetDateTime until,
                   After after, PageRequest page) {
  private static final Set<String> KINDS = Set.of("discussion", "practice");
  /** A page holds at most this many threads (each with up to three posts), whatever {@code limit} asks. */
  static final int MAX_THREADS = 25;

  /** A position in rank order; the first page starts above every hit (title hits are 1 at most). */
  record After(int titleHit, float rank, long threadId) {
    static final After START = new After(2, 0, 0);
  }

  static SearchQuery from(MultiMap params, PageRequest page) {
    Input in = Input.of(new JsonObject()
      .put("q", params.get("q"))
      .put("board", params.get("board"))
      .put("kind", params.get("kind"))
      .put("city", params.get("city")));
    String words = in.text("q", 1, 200);
    Long boardId = number(in, in.optionalText("board", 1, 20));
    String kind = in.optionalText("kind", 1, 20);
    if (kind != null && !KINDS.contains(kind)) {
      in.reject("kind", FieldCode.ONE_OF, new JsonObject().put("allowed", "discussion, practice"), "must be discussion or practice");
    }
    String cityId = in.optionalText("city", 1, 64);
    LocalDate since = day(in, "since", params.get("since"));
    LocalDate until = day(in, "until", params.get("until"));
    if (since != null && until != null && until.isBefore(since)) {
      in.reject("until", FieldCode.INVALID, "must not be before since");
    }
    in.validate();
    PageRequest capped = new PageRequest(Math.min(page.limit(), MAX_THREADS), page.cursor());
    return new SearchQuery(words, boardId, kind, cityId, startOf(since), until == null ? null : startOf(until.plusDays(1)),
      after(page), capped);
  }

  int fetchSize() {
    return page.fetchSize();
  }

  private static Long number(Input in, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      in.reject("board", FieldCode.UNKNOWN, "is not a board id");
      return null;
    }
  }

  private static LocalDate day(Input in, String field, String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      in.reject(field, FieldCode.INVALID, "must be a date, YYYY-MM-DD");
      return null;
    }
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static After after(PageRequest page) {
    if (page.first()) {
      return After.START;
    }
    JsonObject cursor = page.cursor();
    if (!(cursor.getValue("title") instanceof Integer title)
      || !(cursor.getValue("rank") instanceof Number rank)
      || !(cursor.getValue("id") instanceof Number id)) {
      throw Failure.invalid("cursor", FieldCode.UNKNOWN, "is not a cursor this server issued");
    }
    return new After(title, rank.floatValue(), id.longValue());
  }
}
