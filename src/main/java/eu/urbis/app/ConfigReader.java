package eu.urbis.app;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Typed look-ups of dotted keys ("http.port") in the config JSON, failing with the key named. */
final class ConfigReader {
  private final JsonObject root;

  ConfigReader(JsonObject root) {
    this.root = root;
  }

  String text(String key, String fallback) {
    String value = optionalText(key);
    return value == null ? fallback : value;
  }

  String optionalText(String key) {
    Object value = lookup(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new ConfigException(key, "must be a string");
    }
    return text.isBlank() ? null : text;
  }

  int integer(String key, int fallback, int min, int max) {
    Object value = lookup(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < min || ((Number) value).longValue() > max) {
      throw new ConfigException(key, "must be a whole number from " + min + " to " + max + ", got " + value);
    }
    return ((Number) value).intValue();
  }

  boolean bool(String key, boolean fallback) {
    Object value = lookup(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean flag)) {
      throw new ConfigException(key, "must be true or false, got " + value);
    }
    return flag;
  }

  List<String> textList(String key) {
    Object value = lookup(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || !array.stream().allMatch(String.class::isInstance)) {
      throw new ConfigException(key, "must be a list of strings");
    }
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add((String) item));
    return List.copyOf(texts);
  }

  private Object lookup(String key) {
    Object node = root;
    for (String part : key.split("\\.")) {
      if (!(node instanceof JsonObject object)) {
        throw new ConfigException(key, "its parent must be an object");
      }
      node = object.getValue(part);
      if (node == null) {
        return null;
      }
    }
    return node;
  }
}
