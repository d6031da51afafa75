package eu.urbis.notify;

import java.util.Locale;

/**
 * How closely someone follows a thread or a board, as Discourse has it: watching (every new post of a thread, every
 * new thread of a board), tracking and normal (mentions and replies), muted (nothing from there at all).
 */
public enum WatchLevel {
  WATCHING, TRACKING, NORMAL, MUTED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
