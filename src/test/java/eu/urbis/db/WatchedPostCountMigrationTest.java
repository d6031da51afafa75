package eu.urbis.db;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V94 keeps a watched thread's notification count instead of counting it: the rows written before it must hold
 * what V92 counted for them, open or read, and go on counting from there.
 */
class WatchedPostCountMigrationTest {
  @Test
  void existingWatchedNotificationsKeepTheirCountsAndOpenOnesGoOnCounting() throws SQLException {
    DatabaseUrl url = MigrationTests.migratedTo("93");
    try (Connection db = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
         Statement sql = db.createStatement()) {
      sql.execute("""
        INSERT INTO users (username, display_name, password_hash) VALUES ('writer', 'Writer', 'x'), ('reader', 'Reader', 'x');
        INSERT INTO boards (slug, name, post_policy) VALUES ('everyone', 'Everyone', 'everyone');
        INSERT INTO threads (board_id, title, kind, author_id, lang, post_count) VALUES (1, 'Bus stops', 'discussion', 1, 'simple', 5);
        INSERT INTO posts (id, thread_id, depth, path, author_id, lang, body, html, deleted)
        SELECT g, 1, 0, lpad(g::text, 4, '0'), 1, 'simple', 'Post ' || g, '<p>Post ' || g || '</p>', g = 4
          FROM generate_series(1, 6) g;
        -- read after the second and third post; open since the fifth (the fourth was removed)
        INSERT INTO notifications (user_id, kind, actor_id, target_type, target_id, thread_id, title, excerpt, read_at)
        VALUES (2, 'watched_post', 1, 'post', 2, 1, 'Bus stops', 'Post 2', now()),
               (2, 'watched_post', 1, 'post', 5, 1, 'Bus stops', 'Post 5', NULL),
               (2, 'mention', 1, 'post', 6, 1, 'Bus stops', 'Post 6', NULL);
        UPDATE posts SET created_at = now() + interval '1 hour' WHERE id >= 4;
        """);
      Migrations.apply(url);
      assertThat(counts(sql)).containsExactly(2, 2, null);

      // a new post joins the open row; removing one before it changes nothing; the read one keeps its two
      sql.execute("""
        INSERT INTO posts (id, thread_id, depth, path, author_id, lang, body, html) VALUES (7, 1, 0, '0007', 1, 'simple', 'Post 7', '');
        UPDATE threads SET post_count = post_count + 1;
        UPDATE posts SET deleted = true WHERE id = 3;
        UPDATE threads SET post_count = post_count - 1;
        """);
      assertThat(counts(sql)).containsExactly(2, 3, null);
    }
  }

  private static List<Integer> counts(Statement sql) throws SQLException {
    List<Integer> counts = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery("""
        SELECT watched_post_count(kind, thread_id, posts_before, posts_read) FROM notifications ORDER BY id""")) {
      while (rows.next()) {
        int count = rows.getInt(1);
        counts.add(rows.wasNull() ? null : count);
      }
    }
    return counts;
  }
}
