package eu.urbis.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * Which step of a request a {@code request} notification tells of: the inbox names the step so each reads as what
 * happened. Stored as the row's {@code source_id} ({@link RequestSql} writes 0, 1, 2), read back as its name by the
 * database's {@code request_step} (V91).
 */
public enum RequestStep {
  OPENED, ACCEPTED, CLOSED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The step {@code request_step} named; empty for none (another kind). */
  static Optional<RequestStep> fromWire(String wire) {
    for (RequestStep step : values()) {
      if (step.wire().equals(wire)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }
}
