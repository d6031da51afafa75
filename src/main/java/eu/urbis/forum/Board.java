package eu.urbis.forum;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

public record Board(String id, String slug, String name, String description, PostPolicy postPolicy, int threadCount) {

  static final String COLUMNS = "id, slug, name, description, post_policy, thread_count";

  public static Board fromRow(Row row) {
    return new Board(
      Long.toString(row.getLong("id")),
      row.getString("slug"),
      row.getString("name"),
      row.getString("description"),
      PostPolicy.fromWire(row.getString("post_policy")),
      row.getInteger("thread_count"));
  }

  public boolean mentorsOnly() {
    return postPolicy == PostPolicy.MENTORS;
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("id", id)
      .put("slug", slug)
      .put("name", name)
      .put("description", description)
      .put("postPolicy", postPolicy.wire())
      .put("threadCount", threadCount);
  }
}
