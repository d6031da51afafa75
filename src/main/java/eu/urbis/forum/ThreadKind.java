package eu.urbis.forum;

import java.util.Locale;

/** A thread is a discussion or a best practice (which carries a {@link Practice}). */
public enum ThreadKind {
  DISCUSSION, PRACTICE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ThreadKind fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
