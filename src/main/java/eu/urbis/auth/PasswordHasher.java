package eu.urbis.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Argon2id hashing, always on a worker thread: one hash costs tens of milliseconds by design. */
public final class PasswordHasher {
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Vertx vertx;
  private final Argon2Function argon2;
  /** Verified when the username is unknown, so that answer takes as long as a wrong password. */
  private final Future<String> decoyHash;

  public PasswordHasher(Vertx vertx, Argon2Config params) {
    this.vertx = vertx;
    this.argon2 = Argon2Function.getInstance(params.memoryKiB(), params.iterations(), params.parallelism(), HASH_BYTES, Argon2.ID);
    this.decoyHash = hash("decoy password that no account has");
  }

  public Future<String> hash(String password) {
    return vertx.executeBlocking(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult(), false);
  }

  public Future<Boolean> verify(String password, String hash) {
    return vertx.executeBlocking(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)), false);
  }

  /** Spends the time of a real verification and answers false. */
  public Future<Boolean> verifyDecoy(String password) {
    return decoyHash.compose(hash -> verify(password, hash)).map(false);
  }
}
