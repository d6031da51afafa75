package eu.urbis.chat;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.regex.Pattern;

/** Who to add to a private room, by user id, by username, or both; at least one of them. */
record NewMembers(List<String> userIds, List<String> usernames) {
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,32}");
  private static final int MAX_AT_ONCE = 100;

  static NewMembers from(JsonObject json) {
    Input in = Input.of(json);
    List<String> ids = in.optionalTextList("userIds", MAX_AT_ONCE, USER_ID, "must be user ids");
    List<String> names = in.optionalTextList("usernames", MAX_AT_ONCE, USERNAME, "must be usernames");
    if (ids.isEmpty() && names.isEmpty() && !in.has("userIds") && !in.has("usernames")) {
      in.reject("userIds", FieldCode.REQUIRED, "name at least one user");
    }
    in.validate();
    return new NewMembers(ids, names);
  }
}
