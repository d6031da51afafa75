package eu.urbis.failure;

import java.time.Instant;

/** The caller's account is suspended: until when (null: until a moderator lifts it) and why. */
public final class Suspended extends Failure {
  private final Instant until;
  private final String reason;

  public Suspended(Instant until, String reason) {
    super(until == null
      ? "Your account is suspended until a moderator lifts the suspension."
      : "Your account is suspended until " + until + ".");
    this.until = until;
    this.reason = reason;
  }

  public Instant until() {
    return until;
  }

  public String reason() {
    return reason;
  }
}
