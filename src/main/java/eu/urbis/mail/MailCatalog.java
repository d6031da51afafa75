package eu.urbis.mail;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code mail.*} strings of the UI's catalogs ({@code webroot/i18n/<locale>.json} on the class path), read once
 * at start-up. A locale without a catalog, or a key missing from one, falls back to English.
 */
final class MailCatalog {
  static final String FALLBACK = "en";
  static final List<String> LOCALES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  private final Map<String, JsonObject> catalogs = new HashMap<>();

  /** Blocking class-path reads: build it at start-up, off the event loop. */
  MailCatalog() {
    for (String locale : LOCALES) {
      catalogs.put(locale, read(locale));
    }
  }

  /** {@code {name}} placeholders are replaced by {@code params}; the values are inserted as they are. */
  String text(String locale, String key, Map<String, String> params) {
    String template = lookup(locale, key);
    for (Map.Entry<String, String> param : params.entrySet()) {
      template = template.replace("{" + param.getKey() + "}", param.getValue());
    }
    return template;
  }

  String text(String locale, String key) {
    return lookup(locale, key);
  }

  /** Whether there is a text for {@code key} (in English, so in every language). */
  boolean has(String key) {
    return catalogs.get(FALLBACK).containsKey(key);
  }

  private String lookup(String locale, String key) {
    JsonObject catalog = catalogs.getOrDefault(locale == null ? FALLBACK : locale, catalogs.get(FALLBACK));
    String value = catalog.getString(key);
    if (value == null) {
      value = catalogs.get(FALLBACK).getString(key);
    }
    if (value == null) {
      throw new IllegalStateException("no mail text for " + key);
    }
    return value;
  }

  private static JsonObject read(String locale) {
    try (InputStream in = MailCatalog.class.getClassLoader().getResourceAsStream("webroot/i18n/" + locale + ".json")) {
      return in == null ? new JsonObject() : new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
