package eu.urbis.chat;

import eu.urbis.http.RateLimiter;
import eu.urbis.user.User;
import io.vertx.core.Future;

/** A per-user rate limit as chat answers it: an {@code error} frame {@code rate_limited} for the frame's ref. */
final class ChatAllowance {
  private ChatAllowance() {
  }

  static Future<Void> take(RateLimiter limiter, User user, String refusal, String ref) {
    return limiter.take(user.id()).compose(retryAfter -> retryAfter == 0
      ? Future.succeededFuture()
      : Future.failedFuture(new ChatException(ErrorCode.RATE_LIMITED, refusal, ref)));
  }
}
