package eu.urbis.forum;

import java.util.Locale;

/** A thread is a discussion, a best practice (which carries a {@link Practice}) or an announcement to a cohort of cities. */
public enum ThreadKind {
  DISCUSSION, PRACTICE, ANNOUNCEMENT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ThreadKind fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
