package eu.urbis.user;

import java.util.List;

/** The languages Urbis speaks: the 24 official EU languages, as the UI's catalogs and users.locale name them. */
public final class Locales {
  public static final List<String> CODES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  private Locales() {
  }
}
