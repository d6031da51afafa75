package eu.urbis.forum;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One user's reaction to a post, as the "who reacted" list shows it. */
public record Reactor(String emoji, UserRef user) {

  static Reactor fromRow(Row row) {
    return new Reactor(row.getString("emoji"), UserRef.fromRow(row, "user_"));
  }

  /** {@code {"items": [{"emoji", "users": [UserRef]}]}}, one item per emoji in the order given. */
  static JsonObject grouped(List<Reactor> reactors) {
    Map<String, JsonArray> byEmoji = new LinkedHashMap<>();
    reactors.forEach(reactor -> byEmoji.computeIfAbsent(reactor.emoji(), emoji -> new JsonArray()).add(reactor.user().toJson()));
    JsonArray items = new JsonArray();
    byEmoji.forEach((emoji, users) -> items.add(new JsonObject().put("emoji", emoji).put("users", users)));
    return new JsonObject().put("items", items);
  }
}
