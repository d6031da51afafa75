package eu.urbis.chat;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A room to create: its kind, name and topic, and the others it is for (the caller, always a member, is not among them). */
record NewRoom(RoomKind kind, String name, String topic, List<Long> others) {
  private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");
  private static final int MAX_MEMBERS = 100;

  /** A direct room is for the caller and exactly one other user; the other kinds need a name. */
  static NewRoom from(JsonObject json, long callerId) {
    Input in = Input.of(json);
    RoomKind kind = in.requiredEnum("kind", RoomKind.class);
    String name = in.optionalText("name", 1, 80);
    String topic = in.optionalText("topic", 0, 500);
    List<String> memberIds = in.optionalTextList("members", MAX_MEMBERS, USER_ID, "must be user ids");
    Set<Long> others = new LinkedHashSet<>();
    memberIds.forEach(id -> others.add(Long.parseLong(id)));
    others.remove(callerId);
    if (kind == RoomKind.DIRECT && others.size() != 1) {
      in.reject("members", FieldCode.INVALID, "a direct room is for the caller and exactly one other user");
    }
    if (kind != RoomKind.DIRECT && name == null && !in.has("name")) {
      in.reject("name", FieldCode.REQUIRED, "is required");
    }
    in.validate();
    return new NewRoom(kind, name == null ? "Direct" : name, topic == null ? "" : topic, List.copyOf(others));
  }

  /** Everyone in the room: the others, then the caller. */
  List<Long> members(long callerId) {
    List<Long> members = new ArrayList<>(others);
    members.add(callerId);
    return members;
  }
}
