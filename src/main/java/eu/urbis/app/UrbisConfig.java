package eu.urbis.app;

import eu.urbis.auth.AuthConfig;
import eu.urbis.auth.JwtConfig;
import eu.urbis.auth.RateLimits;
import eu.urbis.chat.ChatConfig;
import eu.urbis.db.PoolSettings;
import eu.urbis.files.FilesConfig;
import eu.urbis.mail.MailConfig;
import eu.urbis.notify.AckReminderConfig;
import eu.urbis.ops.ClusterConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Every setting Urbis reads, typed and validated once at start-up (see {@link ConfigLoader}). */
public record UrbisConfig(
  Http http,
  Db db,
  Path dataDir,
  JwtConfig jwt,
  AuthConfig auth,
  boolean demo,
  RateLimits rateLimits,
  AdminAccount bootstrapAdmin,
  ClusterConfig cluster,
  ChatConfig chat,
  Content content,
  FilesConfig files,
  MailConfig mail,
  AckReminderConfig ackReminders,
  Duration dashboardMaxAge) {

  /**
   * {@code instances} 0 means one HTTP verticle per core; X-Forwarded-For/-Proto are believed only from
   * {@code trustedProxies}; {@code corsOrigins} empty means no cross-origin access at all. A connection idle for
   * {@code idleTimeoutSeconds} is closed, and so is one that has not sent its first request's headers within
   * {@code headerTimeoutMillis}; {@code metricsToken} null means /metrics is off.
   */
  public record Http(String host, int port, int instances, long bodyLimitBytes, List<String> trustedProxies, List<String> corsOrigins,
                     int idleTimeoutSeconds, int headerTimeoutMillis, String metricsToken) {
  }

  /** {@code imageHosts}: the hosts (lower case) whose https images posts may embed; others become links. */
  public record Content(Set<String> imageHosts) {
  }

  /**
   * {@code url} null means: start the embedded PostgreSQL in {@code dataDir/pg}. {@code pool} serves every request
   * but search, which has {@code searchPool} of its own, so searches cannot take the connections posting needs.
   */
  public record Db(String url, String user, String password, PoolSettings pool, PoolSettings searchPool) {
    public boolean embedded() {
      return url == null;
    }
  }

  /** From URBIS_ADMIN_USERNAME / URBIS_ADMIN_PASSWORD: created at start-up when missing, never overwritten. */
  public record AdminAccount(String username, String password) {
  }

  public UrbisConfig withDb(Db db) {
    return new UrbisConfig(http, db, dataDir, jwt, auth, demo, rateLimits, bootstrapAdmin, cluster, chat, content, files, mail, ackReminders, dashboardMaxAge);
  }

  public UrbisConfig withJwtSecret(String secret) {
    JwtConfig withSecret = new JwtConfig(secret, jwt.issuer(), jwt.audience(), jwt.accessTokenTtl(), jwt.refreshTokenTtl());
    return new UrbisConfig(http, db, dataDir, withSecret, auth, demo, rateLimits, bootstrapAdmin, cluster, chat, content, files, mail, ackReminders, dashboardMaxAge);
  }
}
