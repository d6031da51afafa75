package eu.urbis.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Every setting Urbis reads, typed and validated once at start-up (see {@link ConfigLoader}). */
public record UrbisConfig(
  Http http,
  Db db,
  Path dataDir,
  Jwt jwt,
  Auth auth,
  boolean demo,
  RateLimits rateLimits,
  AdminAccount bootstrapAdmin,
  Cluster cluster,
  Chat chat) {

  /**
   * {@code instances} 0 means one HTTP verticle per core; X-Forwarded-For/-Proto are believed only from
   * {@code trustedProxies}; {@code corsOrigins} empty means no cross-origin access at all.
   */
  public record Http(String host, int port, int instances, long bodyLimitBytes, List<String> trustedProxies, List<String> corsOrigins) {
  }

  /** {@code url} null means: start the embedded PostgreSQL in {@code dataDir/pg}. */
  public record Db(String url, String user, String password, int poolSize) {
    public boolean embedded() {
      return url == null;
    }
  }

  /** {@code secret} null means: generate one on first start and keep it in the data directory. */
  public record Jwt(String secret, String issuer, String audience, Duration accessTokenTtl, Duration refreshTokenTtl) {
  }

  public record Auth(boolean openRegistration, List<String> inviteCodes, Argon2 argon2) {
  }

  public record Argon2(int memoryKiB, int iterations, int parallelism) {
  }

  public record RateLimits(
    int loginFailuresPerUsername, int loginFailuresPerIp, Duration loginWindow,
    int registrationsPerIp, Duration registrationWindow) {
  }

  /** Several nodes sharing one PostgreSQL, their event buses joined over Hazelcast TCP/IP ({@code members}: host:port). */
  public record Cluster(boolean enabled, String host, int port, List<String> members) {
  }

  /**
   * Chat limits: a user sends at most {@code sendBurst} messages per {@code sendWindow}; a socket whose write queue
   * (bytes) stays full for {@code slowConsumerMillis}, or takes {@code slowConsumerMaxFrames} more frames while full,
   * is closed; one group commit stores at most {@code maxBatch} messages.
   */
  public record Chat(
    int sendBurst, Duration sendWindow, int maxBodyChars, long authTimeoutMillis,
    int writeQueueMaxBytes, long slowConsumerMillis, int slowConsumerMaxFrames, int maxBatch) {
  }

  /** From URBIS_ADMIN_USERNAME / URBIS_ADMIN_PASSWORD: created at start-up when missing, never overwritten. */
  public record AdminAccount(String username, String password) {
  }

  public UrbisConfig withDb(Db db) {
    return new UrbisConfig(http, db, dataDir, jwt, auth, demo, rateLimits, bootstrapAdmin, cluster, chat);
  }

  public UrbisConfig withJwtSecret(String secret) {
    Jwt withSecret = new Jwt(secret, jwt.issuer(), jwt.audience(), jwt.accessTokenTtl(), jwt.refreshTokenTtl());
    return new UrbisConfig(http, db, dataDir, withSecret, auth, demo, rateLimits, bootstrapAdmin, cluster, chat);
  }
}
