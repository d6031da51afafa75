package eu.urbis.profile;

import eu.urbis.http.Input;
import eu.urbis.profile.AccountDeletion.Content;
import io.vertx.core.json.JsonObject;

/** {@code {"password", "content"}}: the account's password again, and what becomes of the posts and messages. */
record DeletionRequest(String password, Content content) {
  static DeletionRequest from(JsonObject body) {
    Input in = Input.of(body);
    String password = in.secret("password", 1, 1000);
    Content content = in.requiredEnum("content", Content.class);
    in.validate();
    return new DeletionRequest(password, content);
  }
}
