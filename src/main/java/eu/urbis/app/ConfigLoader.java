package eu.urbis.app;

import eu.urbis.auth.Argon2Config;
import eu.urbis.auth.AuthConfig;
import eu.urbis.auth.JwtConfig;
import eu.urbis.auth.RateLimits;
import eu.urbis.chat.ChatConfig;
import eu.urbis.files.FilesConfig;
import eu.urbis.notify.AckReminderConfig;
import eu.urbis.live.LiveConfig;
import eu.urbis.mail.MailConfig;
import eu.urbis.db.PoolSettings;
import eu.urbis.ops.ClusterConfig;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the JSON config file, then the URBIS_* environment overrides, into one {@link UrbisConfig}.
 * Defaults stand beside their key names here; a bad value fails with the key named.
 */
public final class ConfigLoader {
  static final String DEFAULT_FILE = "config/urbis.json";

  private ConfigLoader() {
  }

  /** @param configFile the --config argument, or null for ./config/urbis.json, else the copy in the jar */
  public static UrbisConfig load(Path configFile, Map<String, String> env) {
    ConfigReader in = new ConfigReader(readFile(configFile));
    Path dataDir = Path.of(env.getOrDefault("URBIS_DATA_DIR", in.text("dataDir", "data")));
    String dbUrl = env.getOrDefault("URBIS_DB_URL", in.optionalText("db.url"));
    return new UrbisConfig(
      new UrbisConfig.Http(
        env.getOrDefault("URBIS_HTTP_HOST", in.text("http.host", "127.0.0.1")),
        envInt(env, "URBIS_HTTP_PORT", "http.port", in.integer("http.port", 8080, 0, 65535), 0, 65535),
        in.integer("http.instances", 0, 0, 256),
        in.integer("http.bodyLimitBytes", 1_048_576, 1024, 64 * 1_048_576),
        in.textList("http.trustedProxies"),
        in.textList("http.corsOrigins"),
        in.integer("http.idleTimeoutSeconds", 60, 1, 3600),
        in.integer("http.headerTimeoutMillis", 10_000, 100, 600_000),
        env.getOrDefault("URBIS_METRICS_TOKEN", in.optionalText("http.metricsToken"))),
      new UrbisConfig.Db(
        dbUrl == null || dbUrl.isBlank() ? null : validDbUrl(dbUrl),
        in.optionalText("db.user"),
        in.optionalText("db.password"),
        new PoolSettings(
          in.integer("db.poolSize", 16, 1, 500),
          in.integer("db.statementTimeoutMillis", 5_000, 10, 600_000),
          in.integer("db.connectionWaitMillis", 2_000, 10, 600_000),
          in.integer("db.maxWaitQueue", 1_000, 1, 1_000_000)),
        new PoolSettings(
          in.integer("db.search.poolSize", 4, 1, 500),
          in.integer("db.search.statementTimeoutMillis", 3_000, 10, 600_000),
          in.integer("db.search.connectionWaitMillis", 1_000, 10, 600_000),
          in.integer("db.search.maxWaitQueue", 50, 1, 1_000_000))),
      dataDir,
      new JwtConfig(
        jwtSecret(env.getOrDefault("URBIS_JWT_SECRET", in.optionalText("jwt.secret"))),
        in.text("jwt.issuer", "urbis"),
        in.text("jwt.audience", "urbis-clients"),
        Duration.ofMinutes(in.integer("jwt.accessTokenMinutes", 15, 1, 24 * 60)),
        Duration.ofDays(in.integer("jwt.refreshTokenDays", 30, 1, 365))),
      new AuthConfig(
        in.bool("auth.openRegistration", true),
        in.textList("auth.inviteCodes"),
        new Argon2Config(
          in.integer("auth.argon2.memoryKiB", 19_456, 19_456, 4_194_304),
          in.integer("auth.argon2.iterations", 2, 2, 100),
          in.integer("auth.argon2.parallelism", 1, 1, 64),
          in.integer("auth.argon2.threads", Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 1, 256),
          in.integer("auth.argon2.queue", 16, 1, 100_000))),
      envBool(env, "URBIS_DEMO", in.bool("demo", false)),
      new RateLimits(
        in.integer("rateLimits.loginFailuresPerUsernameAndIp", 10, 1, 1_000_000),
        in.integer("rateLimits.loginFailuresPerIp", 10, 1, 1_000_000),
        Duration.ofSeconds(in.integer("rateLimits.loginWindowSeconds", 900, 1, 86_400)),
        in.integer("rateLimits.loginSlowdownAfter", 5, 1, 1_000_000),
        Duration.ofMillis(in.integer("rateLimits.loginMaxDelayMillis", 2_000, 0, 60_000)),
        in.integer("rateLimits.registrationsPerIp", 20, 1, 1_000_000),
        Duration.ofSeconds(in.integer("rateLimits.registrationWindowSeconds", 3600, 1, 86_400)),
        allowance(in, "rateLimits.posts", 20, 60),
        allowance(in, "rateLimits.edits", 30, 60),
        allowance(in, "rateLimits.searches", 30, 60),
        allowance(in, "rateLimits.roomCreations", 10, 3_600),
        allowance(in, "rateLimits.chatJoins", 120, 60)),
      adminAccount(env),
      cluster(in, env),
      new ChatConfig(
        in.integer("chat.sendBurst", 20, 1, 1_000_000_000),
        Duration.ofSeconds(in.integer("chat.sendWindowSeconds", 10, 1, 86_400)),
        in.integer("chat.maxBodyChars", 4_000, 1, 60_000),
        in.integer("chat.maxBatch", 500, 1, 10_000),
        new LiveConfig(
          in.integer("chat.authTimeoutMillis", 10_000, 10, 600_000),
          in.integer("chat.writeQueueMaxBytes", 262_144, 1_024, 64 * 1_048_576),
          in.integer("chat.slowConsumerMillis", 3_000, 10, 600_000),
          in.integer("chat.slowConsumerMaxFrames", 2_000, 1, 1_000_000)),
        Duration.ofMinutes(in.integer("chat.retentionEveryMinutes", 60, 1, 10_080))),
      new UrbisConfig.Content(in.textList("content.imageHosts").stream()
        .map(host -> host.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())),
      files(in, env, dataDir),
      mail(in, env),
      new AckReminderConfig(
        Duration.ofDays(in.integer("notify.ackReminderDays", 7, 1, 365)),
        Duration.ofMinutes(in.integer("notify.ackReminderEveryMinutes", 60, 1, 10_080))),
      Duration.ofSeconds(in.integer("programme.dashboardMaxAgeSeconds", 5, 0, 3_600)));
  }

  /** {@code <key>.limit} per user in each {@code <key>.windowSeconds}. */
  private static RateLimits.Allowance allowance(ConfigReader in, String key, int limit, int windowSeconds) {
    return new RateLimits.Allowance(
      in.integer(key + ".limit", limit, 1, 1_000_000_000),
      Duration.ofSeconds(in.integer(key + ".windowSeconds", windowSeconds, 1, 86_400)));
  }

  /** The content lives in PostgreSQL unless files.storage is "s3"; the S3 keys may come from the environment. */
  private static FilesConfig files(ConfigReader in, Map<String, String> env, Path dataDir) {
    String storage = in.text("files.storage", "postgres");
    if (!storage.equals("postgres") && !storage.equals("s3")) {
      throw new ConfigException("files.storage", "must be postgres or s3, got '" + storage + "'");
    }
    FilesConfig.S3 s3 = null;
    if (storage.equals("s3")) {
      s3 = new FilesConfig.S3(
        required(in, "files.s3.endpoint"),
        in.text("files.s3.region", "us-east-1"),
        required(in, "files.s3.bucket"),
        env.containsKey("URBIS_FILES_S3_ACCESS_KEY") ? env.get("URBIS_FILES_S3_ACCESS_KEY") : required(in, "files.s3.accessKey"),
        env.containsKey("URBIS_FILES_S3_SECRET_KEY") ? env.get("URBIS_FILES_S3_SECRET_KEY") : required(in, "files.s3.secretKey"),
        in.bool("files.s3.pathStyle", true));
    }
    return new FilesConfig(
      in.integer("files.maxBytes", 25 * 1_048_576, 1, 2_000_000_000),
      (long) in.integer("files.quotaMiB", 500, 1, 1_000_000) * 1_048_576,
      dataDir.resolve("uploads"),
      Duration.ofSeconds(in.integer("files.previewTimeoutSeconds", 10, 1, 600)),
      Duration.ofMinutes(in.integer("files.reclaimEveryMinutes", 60, 1, 10_080)),
      Duration.ofMinutes(in.integer("files.reclaimGraceMinutes", 60, 0, 10_080)),
      s3);
  }

  /**
   * SMTP is configured by {@code smtp.host} (URBIS_SMTP_HOST); without it mail stays in the outbox. Every
   * {@code smtp.*} key has its URBIS_SMTP_* variable, which wins over the file.
   */
  private static MailConfig mail(ConfigReader in, Map<String, String> env) {
    String host = env.getOrDefault("URBIS_SMTP_HOST", in.optionalText("smtp.host"));
    MailConfig.Smtp smtp = null;
    if (host != null && !host.isBlank()) {
      String tls = env.getOrDefault("URBIS_SMTP_TLS", in.text("smtp.tls", "starttls"));
      if (!tls.equals("starttls") && !tls.equals("tls") && !tls.equals("none")) {
        throw new ConfigException("smtp.tls (URBIS_SMTP_TLS)", "must be starttls, tls or none, got '" + tls + "'");
      }
      String user = env.getOrDefault("URBIS_SMTP_USER", in.optionalText("smtp.user"));
      String password = env.getOrDefault("URBIS_SMTP_PASSWORD", in.optionalText("smtp.password"));
      if ((user == null) != (password == null)) {
        throw new ConfigException("smtp.user / smtp.password", "set both or neither");
      }
      smtp = new MailConfig.Smtp(host.strip(),
        envInt(env, "URBIS_SMTP_PORT", "smtp.port", in.integer("smtp.port", tls.equals("tls") ? 465 : 587, 1, 65535), 1, 65535),
        tls, user, password,
        env.getOrDefault("URBIS_SMTP_FROM", in.text("smtp.from", "Urbis <no-reply@localhost>")),
        in.integer("smtp.poolSize", 8, 1, 256));
    }
    String publicUrl = env.getOrDefault("URBIS_PUBLIC_URL", in.text("notify.publicUrl", "http://127.0.0.1:8080"));
    if (!publicUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
      throw new ConfigException("notify.publicUrl (URBIS_PUBLIC_URL)", "must be an http(s) URL without query, got '" + publicUrl + "'");
    }
    return new MailConfig(smtp, publicUrl,
      Duration.ofMinutes(in.integer("notify.emailDelayMinutes", 10, 0, 10_080)),
      in.integer("notify.digestHour", 7, 0, 23),
      Duration.ofSeconds(in.integer("notify.mail.tickSeconds", 30, 1, 86_400)),
      in.integer("notify.mail.maxAttempts", 6, 1, 100),
      Duration.ofSeconds(in.integer("notify.mail.backoffSeconds", 60, 1, 86_400)),
      Duration.ofSeconds(in.integer("notify.mail.leaseSeconds", 300, 1, 86_400)),
      in.integer("notify.mail.batch", 200, 1, 10_000));
  }

  private static String required(ConfigReader in, String key) {
    String value = in.optionalText(key);
    if (value == null) {
      throw new ConfigException(key, "is required when files.storage is s3");
    }
    return value;
  }

  /** URBIS_CLUSTER_MEMBERS (host:port,host:port) turns clustering on from the environment. */
  private static ClusterConfig cluster(ConfigReader in, Map<String, String> env) {
    List<String> members = env.containsKey("URBIS_CLUSTER_MEMBERS")
      ? Arrays.stream(env.get("URBIS_CLUSTER_MEMBERS").split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList()
      : in.textList("cluster.members");
    for (String member : members) {
      if (!member.matches("[A-Za-z0-9.\\-\\[\\]:]+(:\\d{1,5})?")) {
        throw new ConfigException("cluster.members (URBIS_CLUSTER_MEMBERS)", "must be host:port entries, got '" + member + "'");
      }
    }
    return new ClusterConfig(
      env.containsKey("URBIS_CLUSTER_MEMBERS") || in.bool("cluster.enabled", false),
      env.getOrDefault("URBIS_CLUSTER_HOST", in.text("cluster.host", "127.0.0.1")),
      envInt(env, "URBIS_CLUSTER_PORT", "cluster.port", in.integer("cluster.port", 5701, 1, 65535), 1, 65535),
      members);
  }

  private static JsonObject readFile(Path configFile) {
    try {
      if (configFile != null) {
        if (!Files.isRegularFile(configFile)) {
          throw new ConfigException("--config", "no such file: " + configFile);
        }
        return new JsonObject(Files.readString(configFile));
      }
      Path local = Path.of(DEFAULT_FILE);
      if (Files.isRegularFile(local)) {
        return new JsonObject(Files.readString(local));
      }
      try (InputStream bundled = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULT_FILE)) {
        return bundled == null ? new JsonObject() : new JsonObject(new String(bundled.readAllBytes()));
      }
    } catch (DecodeException e) {
      throw new ConfigException(configFile == null ? DEFAULT_FILE : configFile.toString(), "not valid JSON");
    } catch (IOException e) {
      throw new ConfigException(configFile == null ? DEFAULT_FILE : configFile.toString(), "cannot be read: " + e.getMessage());
    }
  }

  private static int envInt(Map<String, String> env, String name, String key, int fallback, int min, int max) {
    String value = env.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException ignored) {
      // reported below with the key named
    }
    throw new ConfigException(name + " (" + key + ")", "must be a whole number from " + min + " to " + max + ", got '" + value + "'");
  }

  private static boolean envBool(Map<String, String> env, String name, boolean fallback) {
    String value = env.get(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.trim().toLowerCase()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigException(name, "must be true or false, got '" + value + "'");
    };
  }

  private static String validDbUrl(String url) {
    try {
      eu.urbis.db.DatabaseUrl.parse(url);
      return url;
    } catch (IllegalArgumentException e) {
      throw new ConfigException("db.url (URBIS_DB_URL)", e.getMessage());
    }
  }

  private static String jwtSecret(String secret) {
    if (secret != null && secret.length() < 32) {
      throw new ConfigException("jwt.secret (URBIS_JWT_SECRET)", "must be at least 32 characters");
    }
    return secret;
  }

  private static UrbisConfig.AdminAccount adminAccount(Map<String, String> env) {
    String username = env.get("URBIS_ADMIN_USERNAME");
    String password = env.get("URBIS_ADMIN_PASSWORD");
    if (username == null && password == null) {
      return null;
    }
    if (username == null || password == null) {
      throw new ConfigException("URBIS_ADMIN_USERNAME / URBIS_ADMIN_PASSWORD", "set both or neither");
    }
    return new UrbisConfig.AdminAccount(username, password);
  }
}
