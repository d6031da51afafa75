package eu.urbis.chat;

import eu.urbis.live.UserEvent;
import io.vertx.core.json.JsonObject;

/** A room a user was given (a direct message, being added) or that changed for them (a mute), as they see it. */
record RoomGiven(JsonObject room) implements UserEvent {
  @Override
  public JsonObject frame() {
    return new JsonObject().put("type", "room").put("room", room);
  }
}
