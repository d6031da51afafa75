package eu.urbis.programme;

import java.util.Locale;

/** Where a city is with a practice it took up. */
enum AdoptionStage {
  EXPLORING, PILOTING, ADOPTED, DROPPED;

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
