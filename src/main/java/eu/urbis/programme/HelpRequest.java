package eu.urbis.programme;

import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A city's request for help ("ask the network"): open, matched with a helper (and a room), or closed with an outcome. */
record HelpRequest(long id, String cityId, UserRef author, String theme, String title, String need, LocalDate by, String status,
  UserRef helper, Long roomId, String outcome, OffsetDateTime createdAt, OffsetDateTime closedAt) {

  static final String OPEN = "open";
  static final String MATCHED = "matched";
  static final String CLOSED = "closed";

  static HelpRequest fromRow(Row row) {
    return new HelpRequest(row.getLong("id"), row.getString("city_id"), UserRef.fromRow(row, "author_"), row.getString("theme"),
      row.getString("title"), row.getString("need"), row.getLocalDate("by_date"), row.getString("status"),
      row.getLong("helper_id") == null ? null : UserRef.fromRow(row, "helper_"), row.getLong("room_id"), row.getString("outcome"),
      row.getOffsetDateTime("created_at"), row.getOffsetDateTime("closed_at"));
  }

  JsonObject toJson(List<Suggestion> suggestions) {
    JsonArray suggested = new JsonArray();
    suggestions.forEach(suggestion -> suggested.add(suggestion.toJson()));
    return new JsonObject()
      .put("id", Long.toString(id))
      .put("cityId", cityId)
      .put("author", author.toJson())
      .put("theme", theme)
      .put("title", title)
      .put("need", need)
      .put("by", by == null ? null : by.toString())
      .put("status", status)
      .put("helper", helper == null ? null : helper.toJson())
      .put("roomId", roomId == null ? null : Long.toString(roomId))
      .put("outcome", outcome)
      .put("createdAt", createdAt.toInstant().toString())
      .put("closedAt", closedAt == null ? null : closedAt.toInstant().toString())
      .put("suggestions", suggested);
  }

  /**
   * A city that could help: {@code reason} {@code validated} (it has {@code count} validated practices on the theme),
   * {@code adopted} (it pilots or adopted {@code count} of them) or {@code focus} (a mentor city focused on the theme).
   */
  record Suggestion(String cityId, String reason, long count) {
    JsonObject toJson() {
      return new JsonObject().put("cityId", cityId).put("reason", reason).put("count", count).put("why", why());
    }

    private String why() {
      return switch (reason) {
        case "validated" -> count == 1 ? "has a validated practice on this theme" : "has " + count + " validated practices on this theme";
        case "adopted" -> count == 1 ? "is piloting or has adopted a practice on this theme"
          : "is piloting or has adopted " + count + " practices on this theme";
        default -> "a mentor city focused on this theme";
      };
    }
  }
}
