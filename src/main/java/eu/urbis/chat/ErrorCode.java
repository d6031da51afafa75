package eu.urbis.chat;

import java.util.Locale;

/** The codes an {@code error} frame carries (API.md → Chat). */
public enum ErrorCode {
  BAD_FRAME, UNKNOWN_ROOM, FORBIDDEN, RATE_LIMITED, TOO_LARGE, MUTED,
  /** Added to the contract: the database could not store it now; retry with the same client id. */
  UNAVAILABLE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
