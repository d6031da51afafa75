package eu.urbis.profile;

import eu.urbis.http.Input;
import eu.urbis.user.Role;
import io.vertx.core.json.JsonObject;

/** {@code {"role"}}: the role an admin gives a user. */
record RoleChange(Role role) {
  static RoleChange from(JsonObject body) {
    Input in = Input.of(body);
    Role role = in.requiredEnum("role", Role.class);
    in.validate();
    return new RoleChange(role);
  }
}
