package eu.urbis.db;

import io.vertx.pgclient.PgConnectOptions;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A PostgreSQL address in the form {@code postgresql://user:pass@host:port/db}. */
public record DatabaseUrl(String host, int port, String database, String user, String password) {
  private static final int STATEMENT_CACHE_SQL_LIMIT = 64 * 1024;

  public static DatabaseUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: expected postgresql://user:pass@host:port/db");
    }
    if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
      throw new IllegalArgumentException("must start with postgresql://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("names no host: expected postgresql://user:pass@host:port/db");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("names no database: expected postgresql://user:pass@host:port/db");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    return new DatabaseUrl(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(), path, user, password);
  }

  /** The user and password from config fill in what the URL leaves out. */
  public DatabaseUrl withDefaults(String defaultUser, String defaultPassword) {
    return new DatabaseUrl(host, port, database,
      user != null ? user : defaultUser != null ? defaultUser : "postgres",
      password != null ? password : defaultPassword);
  }

  public DatabaseUrl withDatabase(String otherDatabase) {
    return new DatabaseUrl(host, port, otherDatabase, user, password);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public PgConnectOptions connectOptions() {
    PgConnectOptions options = new PgConnectOptions()
      .setHost(host)
      .setPort(port)
      .setDatabase(database)
      .setUser(user)
      .setCachePreparedStatements(true)
      .setPreparedStatementCacheMaxSize(512)
      // Every statement is a constant of the code, so all of them fit; the default skips those over 2,048
      // characters, and the search, the longest, then paid parsing and planning on every request.
      .setPreparedStatementCacheSqlLimit(STATEMENT_CACHE_SQL_LIMIT);
    if (password != null) {
      options.setPassword(password);
    }
    return options;
  }

  @Override
  public String toString() {
    return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
