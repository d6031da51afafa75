package eu.urbis.failure;

/** A bounded resource (the password hashers) is full right now; nothing was done, try again shortly. */
public final class Busy extends Failure {
  private final long retryAfterSeconds;

  public Busy(String detail, long retryAfterSeconds) {
    super(detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
