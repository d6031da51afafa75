package eu.urbis.chat;

import eu.urbis.auth.Can;
import eu.urbis.user.User;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What travels on {@code room.<id>}: a server frame already encoded once for every member. {@code seq} is set on
 * {@code message} frames only (0 otherwise), so a joining socket can skip what its replay already sent;
 * {@code skipUserId} keeps typing notices from echoing back to the typist. A message's frames ({@code message},
 * {@code edited}) name its author in {@code authorId}: each member gets them with their own {@code can}.
 */
public record RoomEvent(long room, long seq, String frame, String skipUserId, String authorId, PerViewer perViewer) {

  RoomEvent(long room, long seq, String frame, String skipUserId) {
    this(room, seq, frame, skipUserId, null, null);
  }

  static RoomEvent of(long room, String frame) {
    return new RoomEvent(room, 0, frame, null);
  }

  /** {@code frame} is encoded without {@code can}; {@link #frameFor} adds the viewer's. */
  static RoomEvent ofMessage(ChatMessage message, long seq, String frame) {
    return new RoomEvent(message.roomId(), seq, frame, null, message.author().id(), new PerViewer());
  }

  /** The frame as {@code viewer} gets it: a message's frame with their {@code can}, every other frame as it is. */
  String frameFor(User viewer, boolean viewerMuted) {
    if (authorId == null) {
      return frame;
    }
    Can can = ChatMessage.can(viewer, authorId, false, viewerMuted);
    return perViewer.frame(frame, can);
  }

  /**
   * A message's frame once per distinct {@code can} among its members: the author, moderators, muted members and
   * everyone else rarely make more than four, so a room of a thousand members costs a handful of encodings.
   */
  static final class PerViewer {
    private final AtomicReferenceArray<String> byFlags = new AtomicReferenceArray<>(Can.COMBINATIONS);

    private String frame(String frame, Can can) {
      String encoded = byFlags.get(can.index());
      if (encoded == null) {
        // loops delivering the same event may both encode it; they write the same text
        encoded = ChatCodec.withCan(frame, can);
        byFlags.set(can.index(), encoded);
      }
      return encoded;
    }
  }

  /** Local delivery passes the record itself (its cache is safe to share); a cluster carries it as JSON. */
  public static final class Codec implements MessageCodec<RoomEvent, RoomEvent> {
    @Override
    public void encodeToWire(Buffer buffer, RoomEvent event) {
      Buffer json = new JsonObject()
        .put("room", event.room).put("seq", event.seq).put("frame", event.frame).put("skipUserId", event.skipUserId)
        .put("authorId", event.authorId)
        .toBuffer();
      buffer.appendInt(json.length()).appendBuffer(json);
    }

    @Override
    public RoomEvent decodeFromWire(int pos, Buffer buffer) {
      int length = buffer.getInt(pos);
      JsonObject json = new JsonObject(buffer.getBuffer(pos + 4, pos + 4 + length));
      String authorId = json.getString("authorId");
      return new RoomEvent(json.getLong("room"), json.getLong("seq"), json.getString("frame"), json.getString("skipUserId"),
        authorId, authorId == null ? null : new PerViewer());
    }

    @Override
    public RoomEvent transform(RoomEvent event) {
      return event;
    }

    @Override
    public String name() {
      return "urbis.room-event";
    }

    @Override
    public byte systemCodecID() {
      return -1;
    }
  }
}
