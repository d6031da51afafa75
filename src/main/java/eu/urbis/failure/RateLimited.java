package eu.urbis.failure;

/** Too many attempts in the window; the caller may try again after {@link #retryAfterSeconds()}. */
public final class RateLimited extends Failure {
  private final long retryAfterSeconds;

  RateLimited(long retryAfterSeconds) {
    super("Too many attempts; try again in " + retryAfterSeconds + " s.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
