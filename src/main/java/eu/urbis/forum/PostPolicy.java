package eu.urbis.forum;

import java.util.Locale;

/** Who may start threads on a board; everyone may reply either way. */
public enum PostPolicy {
  EVERYONE, MENTORS;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PostPolicy fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
