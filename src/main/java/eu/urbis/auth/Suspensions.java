package eu.urbis.auth;

import eu.urbis.failure.Suspended;
import eu.urbis.user.User;

/** The one answer a suspended user gets, wherever they knock: suspended, until when and why. */
public final class Suspensions {
  private Suspensions() {
  }

  public static Suspended problem(User user) {
    return new Suspended(user.suspendedUntil() == null ? null : user.suspendedUntil().toInstant(), user.suspensionReason());
  }
}
