package eu.urbis.search;

import eu.urbis.http.ApiException;
import eu.urbis.http.Input;
import eu.urbis.http.PageRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;

import java.util.Set;

/** {@code GET /api/search} parameters, validated: the words, the optional filters and the keyset position. */
record SearchQuery(String words, Long boardId, String kind, String cityId, After after, int fetchSize, int limit) {
  private static final Set<String> KINDS = Set.of("discussion", "practice");

  /** A position in rank order; the first page starts above every hit (title hits are 1 at most). */
  record After(int titleHit, float rank, long postId) {
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
      in.reject("kind", "must be discussion or practice");
    }
    String cityId = in.optionalText("city", 1, 64);
    in.validate();
    return new SearchQuery(words, boardId, kind, cityId, after(page), page.fetchSize(), page.limit());
  }

  private static Long number(Input in, String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      in.reject("board", "is not a board id");
      return null;
    }
  }

  private static After after(PageRequest page) {
    if (page.first()) {
      return After.START;
    }
    JsonObject cursor = page.cursor();
    if (!(cursor.getValue("title") instanceof Integer title)
      || !(cursor.getValue("rank") instanceof Number rank)
      || !(cursor.getValue("id") instanceof Number id)) {
      throw ApiException.invalid("cursor", "is not a cursor this server issued");
    }
    return new After(title, rank.floatValue(), id.longValue());
  }
}
