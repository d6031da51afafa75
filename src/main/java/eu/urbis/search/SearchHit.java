package eu.urbis.search;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** One ranked match: the post (the opening post for a title hit), its rank and the raw highlighted snippet. */
record SearchHit(long postId, long threadId, int titleHit, float rank, String rawSnippet) {

  static SearchHit fromRow(Row row) {
    return new SearchHit(
      row.getLong("post_id"),
      row.getLong("thread_id"),
      row.getInteger("title_hit"),
      row.getFloat("rank"),
      row.getString("snippet"));
  }

  JsonObject cursor() {
    return new JsonObject().put("title", titleHit).put("rank", rank).put("id", postId);
  }
}
