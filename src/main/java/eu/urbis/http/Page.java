package eu.urbis.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and the cursor of the next page (null on the last one). */
public record Page<T>(List<T> items, String next) {

  /**
   * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, when present,
   * only proves a next page exists, whose cursor is the position of the last row kept.
   */
  public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, JsonObject> position) {
    if (rows.size() <= request.limit()) {
      return new Page<>(rows, null);
    }
    List<T> kept = rows.subList(0, request.limit());
    return new Page<>(List.copyOf(kept), PageRequest.encode(position.apply(kept.get(kept.size() - 1))));
  }

  /** A whole list, small enough to need no pages: {@code {"items": [...]}}. */
  public static <T> JsonObject items(List<T> all, Function<T, JsonObject> toJson) {
    JsonArray array = new JsonArray();
    all.forEach(item -> array.add(toJson.apply(item)));
    return new JsonObject().put("items", array);
  }

  public JsonObject toJson(Function<T, JsonObject> toJson) {
    JsonArray array = new JsonArray();
    items.forEach(item -> array.add(toJson.apply(item)));
    return new JsonObject().put("items", array).put("next", next);
  }
}
