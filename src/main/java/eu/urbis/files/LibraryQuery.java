package eu.urbis.files;

import eu.urbis.http.Input;
import eu.urbis.http.PageRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;

/** The library's filters as the query string gave them: {@code type} (a type or its prefix, "image/"), city, theme, q. */
record LibraryQuery(String type, String city, String theme, String words, long afterId) {
  static LibraryQuery from(MultiMap params, PageRequest page) {
    JsonObject raw = new JsonObject();
    for (String name : new String[] {"type", "city", "theme", "q"}) {
      String value = params.get(name);
      raw.put(name, value == null || value.isBlank() ? null : value.strip());
    }
    Input in = Input.of(raw);
    String type = in.optionalText("type", 1, 100);
    String city = in.optionalText("city", 1, 64);
    String theme = in.optionalText("theme", 1, 64);
    String words = in.optionalText("q", 1, 200);
    in.validate();
    Long after = page.first() ? null : page.cursor().getLong("id");
    return new LibraryQuery(type, city, theme, words, after == null ? Long.MAX_VALUE : after);
  }
}
