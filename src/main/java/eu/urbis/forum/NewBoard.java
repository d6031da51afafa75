package eu.urbis.forum;

import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.regex.Pattern;

/** A board an admin creates: its address slug, name, description and who may start threads on it. */
record NewBoard(String slug, String name, String description, PostPolicy postPolicy) {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,48}");

  static NewBoard from(JsonObject json) {
    Input in = Input.of(json);
    String slug = in.text("slug", 2, 48, SLUG, "must be 2 to 48 of a-z, 0-9 and -");
    String name = in.text("name", 1, 80);
    String description = in.optionalText("description", 0, 500);
    PostPolicy policy = in.optionalEnum("postPolicy", PostPolicy.class);
    in.validate();
    return new NewBoard(slug, name, description == null ? "" : description, policy == null ? PostPolicy.EVERYONE : policy);
  }
}
