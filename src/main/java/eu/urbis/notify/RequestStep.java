package eu.urbis.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * Which step of a request a {@code request} notification tells of, stored as its {@code source_id} ({@link RequestSql}
 * writes the numbers): the inbox names the step so each reads as what happened.
 */
public enum RequestStep {
  OPENED(0), ACCEPTED(1), CLOSED(2);

  private final long source;

  RequestStep(long source) {
    this.source = source;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The step a request notification's {@code source_id} stands for; empty for a number no step writes. */
  static Optional<RequestStep> fromSource(long sourceId) {
    for (RequestStep step : values()) {
      if (step.source == sourceId) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }
}
