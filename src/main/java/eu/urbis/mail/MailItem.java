package eu.urbis.mail;

import io.vertx.sqlclient.Row;

/**
 * One unread notification as a mail shows it, with its recipient. {@code what} is its kind, for a request with the
 * step ({@code request.accepted}), for a watched thread's notification that gathered several posts
 * {@code watched_posts}; {@code city} and {@code board} group a digest (a chat message has {@code room}
 * instead); {@code path} is the app's route to the item, after the public URL.
 */
record MailItem(
  long userId,
  String email,
  String locale,
  String displayName,
  long notificationId,
  String what,
  String title,
  String excerpt,
  String city,
  String board,
  String room,
  String path) {

  static MailItem fromRow(Row row) {
    return new MailItem(
      row.getLong("user_id"),
      row.getString("email"),
      row.getString("locale"),
      row.getString("display_name"),
      row.getLong("id"),
      what(row),
      row.getString("title"),
      row.getString("excerpt"),
      row.getString("city"),
      row.getString("board"),
      row.getString("room"),
      path(row));
  }

  /**
   * A request's step is read by the database's {@code request_step} (V91), a watched thread's gathered posts by its
   * {@code watched_post_count} (V94), as the inbox reads them.
   */
  private static String what(Row row) {
    String step = row.getString("step");
    Integer newPosts = row.getInteger("new_posts");
    if (newPosts != null && newPosts > 1) {
      return "watched_posts";
    }
    return step == null ? row.getString("kind") : row.getString("kind") + "." + step;
  }

  private static String path(Row row) {
    Long thread = row.getLong("thread");
    if ("post".equals(row.getString("target_type")) && thread != null) {
      return "#/threads/" + thread + "?post=" + row.getLong("target_id");
    }
    if (thread != null) {
      return "#/threads/" + thread;
    }
    if (row.getLong("room_id") != null) {
      return "#/rooms/" + row.getLong("room_id") + "?seq=" + row.getLong("seq");
    }
    return "#/notifications";
  }
}
