package eu.urbis.user;

import java.util.Locale;

/** What a user may do, lowest to highest; each role includes the rights of those before it. */
public enum Role {
  MEMBER, MENTOR, MODERATOR, ADMIN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
