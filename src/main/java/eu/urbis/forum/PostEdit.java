package eu.urbis.forum;

import eu.urbis.content.SearchLanguage;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/**
 * A post's new text. {@code languageNamed}: the client sent {@code language} (a code, or null to detect it again);
 * without it a language the author once chose is kept.
 */
public record PostEdit(long postId, String body, SearchLanguage language, boolean languageNamed) {
  static PostEdit from(String postId, JsonObject json) {
    long id = PathIds.parse(postId, "post");
    Input in = Input.of(json);
    String body = in.text("body", 1, ThreadDraft.MAX_BODY);
    SearchLanguage language = PostText.chosen(in);
    in.validate();
    return new PostEdit(id, body, language, json.containsKey("language"));
  }
}
