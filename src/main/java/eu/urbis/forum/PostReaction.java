package eu.urbis.forum;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code /api/posts/{id}/reactions/{emoji}}: one of the known emoji on one post. */
record PostReaction(long postId, String emoji) {
  static PostReaction from(String postId, String emoji) {
    long id = PathIds.parse(postId, "post");
    if (!Emoji.known(emoji)) {
      String allowed = String.join(", ", Emoji.codes());
      throw Failure.invalid("emoji", FieldCode.ONE_OF, new JsonObject().put("allowed", allowed), "must be one of " + allowed);
    }
    return new PostReaction(id, emoji);
  }
}
