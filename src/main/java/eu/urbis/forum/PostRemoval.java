package eu.urbis.forum;

import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code DELETE /api/posts/{id}?reason=}: a moderator removing someone else's post may say why (up to 500 characters). */
record PostRemoval(long postId, String reason) {
  static PostRemoval from(String postId, String reason) {
    long id = PathIds.parse(postId, "post");
    Input in = Input.of(new JsonObject().put("reason", reason));
    String given = in.optionalText("reason", 0, 500);
    in.validate();
    return new PostRemoval(id, given);
  }
}
