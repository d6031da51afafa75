package eu.urbis.auth;

import io.vertx.core.json.JsonObject;

/**
 * What the caller may do with one thread, post or message: the API's {@code "can"} object. Each flag is built from
 * the {@link Policy} predicate its action is refused by, so a flag says yes exactly where the action succeeds.
 */
public record Can(boolean edit, boolean delete, boolean reply, boolean moderate, boolean report) {
  /** How many distinct sets of flags there are: {@link #index()} is below it. */
  public static final int COMBINATIONS = 1 << 5;

  /** This set of flags as a small number, so a frame can be encoded once per distinct set. */
  public int index() {
    return (edit ? 1 : 0) | (delete ? 2 : 0) | (reply ? 4 : 0) | (moderate ? 8 : 0) | (report ? 16 : 0);
  }

  public JsonObject toJson() {
    return new JsonObject()
      .put("edit", edit)
      .put("delete", delete)
      .put("reply", reply)
      .put("moderate", moderate)
      .put("report", report);
  }
}
