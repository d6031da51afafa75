package eu.urbis.live;

import eu.urbis.http.ControlCharacters;
import eu.urbis.user.UserRef;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/** The frames the socket layer itself reads and writes: any frame's envelope, auth, ready, ping/pong and errors. */
public final class LiveFrames {
  private LiveFrames() {
  }

  /**
   * A frame is one JSON object with a string {@code type} and no control character (but tab, LF, CR) anywhere:
   * the same edge rule as REST ({@link ControlCharacters}); a send's error names its client id.
   */
  public static JsonObject parse(String text) {
    Object parsed;
    try {
      parsed = Json.decodeValue(text);
    } catch (DecodeException e) {
      throw FrameError.badFrame("A frame must be one JSON object.", null);
    }
    if (!(parsed instanceof JsonObject json)) {
      throw FrameError.badFrame("A frame must be one JSON object.", null);
    }
    if (!(json.getValue("type") instanceof String type)) {
      throw FrameError.badFrame("The frame has no string 'type'.", null);
    }
    String dirty = ControlCharacters.fieldWithAny(json);
    if (dirty != null) {
      String ref = json.getValue("clientId") instanceof String clientId && !ControlCharacters.in(clientId) ? clientId : type;
      throw FrameError.badFrame("'" + abbreviate(dirty) + "' " + ControlCharacters.RULE + ".", ref);
    }
    return json;
  }

  public static String type(JsonObject frame) {
    return frame.getString("type");
  }

  /** The token of an auth frame, or null when the frame is something else. */
  static String authToken(JsonObject frame) {
    return "auth".equals(type(frame)) && frame.getValue("token") instanceof String token ? token : null;
  }

  static String unknownType(String type) {
    return "Unknown frame type '" + abbreviate(type) + "'.";
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  public static String ready(UserRef user) {
    return frame("ready").put("user", user.toJson()).encode();
  }

  public static String pong() {
    return frame("pong").encode();
  }

  public static String error(FrameError error) {
    JsonObject frame = frame("error").put("code", error.code()).put("message", error.getMessage());
    return (error.ref() == null ? frame : frame.put("ref", error.ref())).encode();
  }

  public static JsonObject frame(String type) {
    return new JsonObject().put("type", type);
  }
}
