package eu.urbis.forum;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

/** {@code {"postId"}}: the caller has seen {@code threadId} up to that post. */
record ReadMark(long threadId, long postId) {
  static ReadMark from(String threadId, JsonObject json) {
    long thread = PathIds.parse(threadId, "thread");
    Input in = Input.of(json);
    Long postId = BodyIds.optionalField(json, in, "postId");
    if (postId == null) {
      in.reject("postId", FieldCode.REQUIRED, "is required");
    }
    in.validate();
    return new ReadMark(thread, postId);
  }
}
