package eu.urbis.programme;

import java.util.Locale;

/** How far a validated practice has been shown to work. */
enum Evidence {
  IDEA, PILOTED, PROVEN;

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
