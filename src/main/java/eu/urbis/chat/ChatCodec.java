package eu.urbis.chat;

import eu.urbis.auth.Can;
import eu.urbis.failure.Invalid;
import eu.urbis.files.Attachments;
import eu.urbis.user.UserRef;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Set;


/** The one place chat frames are read and written: JSON → {@link ClientFrame}, and every chat server frame → text. */
public final class ChatCodec {
  private static final int MAX_CLIENT_ID = 100;

  private ChatCodec() {
  }

  /** The chat frame types, as {@link ChatSockets} claims them on /ws. */
  static final Set<String> TYPES = Set.of("join", "leave", "send", "typing", "read", "edit", "delete");

  /** A frame already parsed by the socket layer, of one of {@link #TYPES}. */
  public static ClientFrame decode(String type, JsonObject json) {
    return switch (type) {
      case "join" -> new ClientFrame.Join(room(json, type), optionalSeq(json, "since", type));
      case "leave" -> new ClientFrame.Leave(room(json, type));
      case "send" -> send(json);
      case "typing" -> new ClientFrame.Typing(room(json, type));
      case "read" -> new ClientFrame.Read(room(json, type), seq(json, "seq", type));
      case "edit" -> new ClientFrame.Edit(room(json, type), messageId(json, type), text(json, "body", type));
      case "delete" -> new ClientFrame.Delete(room(json, type), messageId(json, type));
      default -> throw ChatException.badFrame("Not a chat frame.", type);
    };
  }

  private static ClientFrame.Send send(JsonObject json) {
    String clientId = text(json, "clientId", "send");
    if (clientId.isBlank() || clientId.length() > MAX_CLIENT_ID) {
      throw ChatException.badFrame("'clientId' must be 1 to " + MAX_CLIENT_ID + " characters.", "send");
    }
    // errors about a send refer to its client id, so the client knows which message failed
    return new ClientFrame.Send(room(json, clientId), clientId, text(json, "body", clientId), files(json, clientId));
  }

  private static List<Long> files(JsonObject json, String ref) {
    try {
      return Attachments.ids(json);
    } catch (Invalid e) {
      throw ChatException.badFrame("'files' must be a list of at most " + Attachments.MAX_PER_PLACE + " file ids.", ref);
    }
  }

  private static String text(JsonObject json, String field, String ref) {
    if (!(json.getValue(field) instanceof String value)) {
      throw ChatException.badFrame("'" + field + "' must be a string.", ref);
    }
    return value;
  }

  /** Room ids are opaque strings; one that names no room of ours is an unknown room, not a bad frame. */
  private static long room(JsonObject json, String ref) {
    String room = text(json, "room", ref);
    try {
      return Long.parseLong(room);
    } catch (NumberFormatException e) {
      throw ChatException.unknownRoom(ref);
    }
  }

  private static long messageId(JsonObject json, String ref) {
    try {
      return Long.parseLong(text(json, "id", ref));
    } catch (NumberFormatException e) {
      throw ChatException.badFrame("No such message.", ref);
    }
  }

  private static Long optionalSeq(JsonObject json, String field, String ref) {
    return json.getValue(field) == null ? null : seq(json, field, ref);
  }

  private static long seq(JsonObject json, String field, String ref) {
    Object value = json.getValue(field);
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0) {
      throw ChatException.badFrame("'" + field + "' must be a whole number of at least 0.", ref);
    }
    return ((Number) value).longValue();
  }

  public static String joined(long room, long lastSeq) {
    return frame("joined").put("room", Long.toString(room)).put("lastSeq", lastSeq).encode();
  }

  public static String left(long room) {
    return frame("left").put("room", Long.toString(room)).encode();
  }

  public static String ack(ChatMessage message) {
    return frame("ack")
      .put("clientId", message.clientId())
      .put("id", Long.toString(message.id()))
      .put("seq", message.seq())
      .put("ts", message.ts().toInstant().toString())
      .put("room", message.room())
      .encode();
  }

  /** A new message without {@code can}, as a room's members share it until {@link #withCan} adds each one's. */
  public static String message(ChatMessage message) {
    return frame("message").mergeIn(message.toJson()).encode();
  }

  public static String message(ChatMessage message, Can can) {
    return withCan(message(message), can);
  }

  public static String edited(ChatMessage message) {
    return frame("edited").mergeIn(message.toJson()).encode();
  }

  /** A frame encoded without {@code can} (a JSON object, so it ends with its closing brace) with {@code can} added. */
  static String withCan(String frame, Can can) {
    String flags = can.toJson().encode();
    return new StringBuilder(frame.length() + flags.length() + 8)
      .append(frame, 0, frame.length() - 1)
      .append(",\"can\":")
      .append(flags)
      .append('}')
      .toString();
  }

  public static String deleted(long room, long id, long seq) {
    return frame("deleted").put("room", Long.toString(room)).put("id", Long.toString(id)).put("seq", seq).encode();
  }

  public static String typing(long room, UserRef user) {
    return frame("typing").put("room", Long.toString(room)).put("user", user.toJson()).encode();
  }

  public static String presence(long room, UserRef user, boolean online) {
    return frame("presence")
      .put("room", Long.toString(room))
      .put("user", user.toJson())
      .put("state", online ? "online" : "offline")
      .encode();
  }

  private static JsonObject frame(String type) {
    return new JsonObject().put("type", type);
  }
}
