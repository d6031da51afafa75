package eu.urbis.db;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static eu.urbis.db.MigrationTests.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code search_configs_used} (V96) lists the text-search configurations some post, thread title or file's text is
 * indexed with, the ones a search parses its words in: a configuration missing from it is a language whose texts
 * search cannot find. It must list every one in use, from the migration on and after every insert or change.
 */
class SearchConfigsUsedTest {
  private static final String IN_USE = """
    SELECT lang::text FROM posts UNION SELECT lang::text FROM threads UNION SELECT lang::text FROM file_contents ORDER BY 1""";

  private static final String LISTED = "SELECT config::text FROM search_configs_used ORDER BY 1";

  private static final String SHA = "'" + "ab".repeat(32) + "'";

  @Test
  void everyConfigurationATextIsIndexedWithIsListedFromTheMigrationOn() throws SQLException {
    DatabaseUrl url = MigrationTests.migratedTo("95");
    try (Connection db = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
         Statement sql = db.createStatement()) {
      sql.execute("""
        INSERT INTO users (username, display_name, password_hash) VALUES ('writer', 'Writer', 'x');
        INSERT INTO boards (slug, name, post_policy) VALUES ('everyone', 'Everyone', 'everyone');
        INSERT INTO threads (board_id, title, kind, author_id, lang) VALUES (1, 'Services en ligne', 'discussion', 1, 'french');
        INSERT INTO posts (thread_id, depth, path, author_id, lang, body, html)
        VALUES (1, 0, '0001', 1, 'german', 'Die Städte bauen Radwege.', '');
        """);
      sql.execute("INSERT INTO file_contents (sha256, size, type, text, lang) VALUES (" + SHA + ", 5, 'text/plain', 'Hello', 'english')");
      Migrations.apply(url);
      assertThat(strings(sql, LISTED)).containsExactly("english", "french", "german");

      sql.execute("""
        INSERT INTO posts (thread_id, depth, path, author_id, lang, body, html)
        VALUES (1, 1, '0001.0001', 1, 'italian', 'Le biblioteche aprono.', ''), (1, 1, '0001.0002', 1, 'italian', 'Sì.', '');
        UPDATE posts SET lang = 'finnish' WHERE path = '0001';
        UPDATE threads SET lang = 'danish', post_count = 3;
        UPDATE file_contents SET lang = 'swedish';
        """);
      sql.execute("INSERT INTO file_contents (sha256, size, type, text, lang) VALUES (" + SHA.replace("ab", "cd")
        + ", 5, 'text/plain', 'Hallo', 'dutch')");

      assertThat(strings(sql, LISTED)).contains("danish", "dutch", "finnish", "italian", "swedish")
        .containsAll(strings(sql, IN_USE));
    }
  }
}
