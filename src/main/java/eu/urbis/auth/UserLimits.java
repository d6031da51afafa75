package eu.urbis.auth;

import eu.urbis.http.RateCounts;
import eu.urbis.http.RateLimiter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The per-user rate limits of writing and searching, shared by REST and chat: new threads and replies, edits
 * (posts, thread changes, chat messages), searches, room creation and chat joins. Over the limit REST answers 429
 * with Retry-After and chat {@code rate_limited}.
 */
public final class UserLimits {
  private final RateLimiter posts;
  private final RateLimiter edits;
  private final RateLimiter searches;
  private final RateLimiter roomCreations;
  private final RateLimiter chatJoins;

  public UserLimits(RateCounts counts, RateLimits limits) {
    this.posts = limiter(counts, "posts", limits.posts());
    this.edits = limiter(counts, "edits", limits.edits());
    this.searches = limiter(counts, "searches", limits.searches());
    this.roomCreations = limiter(counts, "rooms", limits.roomCreations());
    this.chatJoins = limiter(counts, "joins", limits.chatJoins());
  }

  public Handler<RoutingContext> posting() {
    return perCaller(posts);
  }

  public Handler<RoutingContext> editing() {
    return perCaller(edits);
  }

  public Handler<RoutingContext> searching() {
    return perCaller(searches);
  }

  public Handler<RoutingContext> creatingRooms() {
    return perCaller(roomCreations);
  }

  public RateLimiter edits() {
    return edits;
  }

  public RateLimiter chatJoins() {
    return chatJoins;
  }

  /** For a route behind the {@link Authenticator}: counts the caller's request before it runs. */
  private static Handler<RoutingContext> perCaller(RateLimiter limiter) {
    return ctx -> limiter.acquire(Authenticator.caller(ctx).id()).onSuccess(v -> ctx.next()).onFailure(ctx::fail);
  }

  private static RateLimiter limiter(RateCounts counts, String name, RateLimits.Allowance allowance) {
    return new RateLimiter(counts, name, allowance.limit(), allowance.window());
  }
}
