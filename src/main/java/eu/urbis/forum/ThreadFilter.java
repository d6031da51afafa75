package eu.urbis.forum;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

/** Filters of a board page; null means any. */
record ThreadFilter(String tag, ThreadKind kind) {
  /** {@code ?tag=&kind=} as the request gave them: a 400 names the field that is off. */
  static ThreadFilter from(String tag, String kind) {
    Input in = Input.of(new JsonObject().put("tag", tag).put("kind", kind));
    String validTag = in.optionalText("tag", 1, 32);
    if (validTag != null && !ThreadDraft.TAG.matcher(validTag).matches()) {
      in.reject("tag", FieldCode.PATTERN, "must be 1 to 32 of a-z, 0-9 and -");
    }
    ThreadKind validKind = in.optionalEnum("kind", ThreadKind.class);
    in.validate();
    return new ThreadFilter(validTag, validKind);
  }
}
