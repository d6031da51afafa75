package eu.urbis.profile;

import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;

/**
 * "Download my data": the caller's profile (with their e-mail address, mail mode and language), threads, posts, chat
 * messages, reactions and watch levels as one JSON archive, read
 * in one transaction so the parts agree. Deleted posts and messages are left out: their text is gone for everyone.
 */
public final class DataExport {
  private final Pool pool;

  public DataExport(Pool pool) {
    this.pool = pool;
  }

  public Future<JsonObject> of(User caller) {
    Tuple id = Tuple.of(caller.numericId());
    return pool.withTransaction(tx -> read(tx, ExportSql.PROFILE, id)
      .compose(profile -> read(tx, ExportSql.THREADS, id).map(threads -> new JsonObject()
        .put("profile", profile.getJsonObject(0))
        .put("threads", threads)))
      .compose(archive -> read(tx, ExportSql.POSTS, id).map(posts -> archive.put("posts", posts)))
      .compose(archive -> read(tx, ExportSql.MESSAGES, id).map(messages -> archive.put("messages", messages)))
      .compose(archive -> read(tx, ExportSql.REACTIONS, id).map(reactions -> archive.put("reactions", reactions)))
      .compose(archive -> read(tx, ExportSql.WATCHES, id).map(watches -> archive.put("watches", watches))));
  }

  /** Each row as an object of its columns, ids as strings and times as ISO-8601, as the API writes them. */
  private static Future<JsonArray> read(SqlClient tx, String sql, Tuple id) {
    return tx.preparedQuery(sql).execute(id).map(rows -> {
      JsonArray all = new JsonArray();
      rows.forEach(row -> all.add(toJson(row)));
      return all;
    });
  }

  private static JsonObject toJson(Row row) {
    JsonObject json = new JsonObject();
    for (int i = 0; i < row.size(); i++) {
      String column = row.getColumnName(i);
      Object value = row.getValue(i);
      json.put(camelCase(column), value instanceof Long number ? Long.toString(number)
        : value instanceof OffsetDateTime time ? time.toInstant().toString()
        : value == null ? null : value.toString());
    }
    return json;
  }

  private static String camelCase(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
