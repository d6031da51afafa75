package eu.urbis.files;

import eu.urbis.content.SearchLanguage;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PageRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;

/**
 * The library's filters as the query string gave them: {@code type} (a type or its prefix, "image/"), city, theme,
 * {@code language} (the ISO 639-1 code detected in a document's text), q.
 */
record LibraryQuery(String type, String city, String theme, String language, String words, long afterId) {
  static LibraryQuery from(MultiMap params, PageRequest page) {
    JsonObject raw = new JsonObject();
    for (String name : new String[] {"type", "city", "theme", "language", "q"}) {
      String value = params.get(name);
      raw.put(name, value == null || value.isBlank() ? null : value.strip());
    }
    Input in = Input.of(raw);
    String type = in.optionalText("type", 1, 100);
    String city = in.optionalText("city", 1, 64);
    String theme = in.optionalText("theme", 1, 64);
    String language = in.optionalText("language", 1, 8);
    if (language != null && SearchLanguage.fromCode(language).isEmpty()) {
      in.reject("language", FieldCode.ONE_OF, new JsonObject().put("allowed", SearchLanguage.codes()), "must be one of " + SearchLanguage.codes());
    }
    String words = in.optionalText("q", 1, 200);
    in.validate();
    long after = page.first() ? Long.MAX_VALUE : page.cursorNumber("id");
    return new LibraryQuery(type, city, theme, language, words, after);
  }
}
