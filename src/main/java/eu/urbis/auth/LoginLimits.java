package eu.urbis.auth;

import eu.urbis.failure.Failure;
import eu.urbis.http.RateCounts;
import eu.urbis.http.RateLimiter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.util.concurrent.TimeUnit;

/**
 * The limits on guessing passwords. An attempt is counted per client address and per username from that address
 * before the password is verified (and given back when it was right), so a burst of concurrent guesses is cut off
 * at the limit. Failures for a username from all addresses never refuse its owner: past
 * {@code loginSlowdownAfter} of them each attempt waits, doubling from 250 ms up to {@code loginMaxDelay}.
 */
final class LoginLimits {
  private static final long FIRST_DELAY_MILLIS = 250;

  private final Vertx vertx;
  private final RateLimiter byAddress;
  private final RateLimiter byUsernameAtAddress;
  private final RateLimiter failuresByUsername;
  private final int slowdownAfter;
  private final long maxDelayMillis;

  LoginLimits(Vertx vertx, RateCounts counts, RateLimits limits) {
    this.vertx = vertx;
    this.byAddress = new RateLimiter(counts, "login-ip", limits.loginFailuresPerIp(), limits.loginWindow());
    this.byUsernameAtAddress = new RateLimiter(counts, "login-user-ip", limits.loginFailuresPerUsernameAndIp(), limits.loginWindow());
    this.failuresByUsername = new RateLimiter(counts, "login-user", Integer.MAX_VALUE, limits.loginWindow());
    this.slowdownAfter = limits.loginSlowdownAfter();
    this.maxDelayMillis = limits.loginMaxDelay().toMillis();
  }

  Attempt attempt(String username, String address) {
    return new Attempt(username, address);
  }

  /** The delay before verifying a password for a username that has failed {@code failures} times lately. */
  long delayMillis(long failures) {
    if (failures < slowdownAfter) {
      return 0;
    }
    long doublings = Math.min(failures - slowdownAfter, 20);
    return Math.min(maxDelayMillis, FIRST_DELAY_MILLIS << doublings);
  }

  /** One login attempt: {@link #allowed()} first, then {@link #failed()} or {@link #succeeded()}. */
  final class Attempt {
    private final String username;
    private final String address;
    private final String usernameAtAddress;

    private Attempt(String username, String address) {
      this.username = username;
      this.address = address;
      this.usernameAtAddress = username + '@' + address;
    }

    /** Counts the attempt; fails with 429 past a limit, else completes after the username's delay. */
    Future<Void> allowed() {
      return byAddress.take(address)
        .compose(addressWait -> byUsernameAtAddress.take(usernameAtAddress)
          .map(pairWait -> Math.max(addressWait, pairWait)))
        .compose(retryAfter -> retryAfter > 0 ? Future.failedFuture(Failure.rateLimited(retryAfter)) : slowDown());
    }

    Future<Void> failed() {
      return failuresByUsername.take(username).mapEmpty();
    }

    /** The right password does not count against the address or the username there. */
    void succeeded() {
      byAddress.giveBack(address);
      byUsernameAtAddress.giveBack(usernameAtAddress);
    }

    private Future<Void> slowDown() {
      return failuresByUsername.taken(username).compose(failures -> {
        long delay = delayMillis(failures);
        return delay == 0 ? Future.succeededFuture() : vertx.timer(delay, TimeUnit.MILLISECONDS).mapEmpty();
      });
    }
  }
}
