package eu.urbis.chat;

import java.util.Locale;

/** Public rooms are open to every user; private and direct rooms exist only for their members. */
public enum RoomKind {
  PUBLIC, PRIVATE, DIRECT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RoomKind fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
