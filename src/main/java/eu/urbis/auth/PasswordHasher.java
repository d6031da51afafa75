package eu.urbis.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import eu.urbis.failure.Busy;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Argon2id hashing on workers of its own: one hash costs tens of milliseconds and megabytes by design, so a flood
 * of logins must not take the workers that render posts. At most {@code queue} hashes wait or run; the next is
 * refused at once with 503 and Retry-After instead of queueing behind them.
 */
public final class PasswordHasher {
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final long RETRY_AFTER_SECONDS = 2;

  private final WorkerExecutor workers;
  private final int queue;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Argon2Function argon2;
  /** Verified when the username is unknown, so that answer takes as long as a wrong password. */
  private final Future<String> decoyHash;

  public PasswordHasher(Vertx vertx, Argon2Config params) {
    this.workers = vertx.createSharedWorkerExecutor("urbis-argon2", params.threads());
    this.queue = params.queue();
    this.argon2 = Argon2Function.getInstance(params.memoryKiB(), params.iterations(), params.parallelism(), HASH_BYTES, Argon2.ID);
    this.decoyHash = hash("decoy password that no account has");
  }

  public Future<String> hash(String password) {
    return bounded(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult());
  }

  public Future<Boolean> verify(String password, String hash) {
    return bounded(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
  }

  /** Spends the time of a real verification and answers false. */
  public Future<Boolean> verifyDecoy(String password) {
    return decoyHash.compose(hash -> verify(password, hash)).map(false);
  }

  private <T> Future<T> bounded(Callable<T> work) {
    if (inFlight.incrementAndGet() > queue) {
      inFlight.decrementAndGet();
      return Future.failedFuture(new Busy("Too many sign-ins at once; try again in a moment.", RETRY_AFTER_SECONDS));
    }
    return workers.executeBlocking(work, false).andThen(done -> inFlight.decrementAndGet());
  }
}
