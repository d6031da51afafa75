package eu.urbis.forum;

import eu.urbis.content.ContentRenderer;
import eu.urbis.content.SearchLanguage;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/**
 * A post's text ready to store: its rendering and the language its search vector is built in, chosen by the author
 * or detected ({@code null}: the detector was unsure, and the author's city language indexes it).
 */
record PostText(ContentRenderer.Rendered rendered, SearchLanguage language, boolean chosen) {

  String html() {
    return rendered.html();
  }

  String plain() {
    return rendered.text();
  }

  String languageCode() {
    return language == null ? null : language.code();
  }

  String config() {
    return language == null ? null : language.config();
  }

  /** The same text in the language a post already had, when its author chose it and the edit names none. */
  PostText keeping(Post post) {
    return new PostText(rendered, SearchLanguage.fromCode(post.language()).orElse(null), true);
  }

  /** The author's choice from the {@code language} field: a code of {@link SearchLanguage}; absent or null = detect. */
  static SearchLanguage chosen(Input in) {
    String code = in.optionalText("language", 2, 2);
    if (code == null) {
      return null;
    }
    return SearchLanguage.fromCode(code).orElseGet(() -> {
      in.reject("language", FieldCode.ONE_OF, new JsonObject().put("allowed", String.valueOf(SearchLanguage.codes())), "must be one of " + SearchLanguage.codes() + ", or null to detect it");
      return null;
    });
  }
}
