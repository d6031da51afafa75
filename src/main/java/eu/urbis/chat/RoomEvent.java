package eu.urbis.chat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;

/**
 * What travels on {@code room.<id>}: a server frame already encoded once for every member. {@code seq} is set on
 * {@code message} frames only (0 otherwise), so a joining socket can skip what its replay already sent;
 * {@code skipUserId} keeps typing notices from echoing back to the typist.
 */
public record RoomEvent(long room, long seq, String frame, String skipUserId) {

  static RoomEvent of(long room, String frame) {
    return new RoomEvent(room, 0, frame, null);
  }

  /** Local delivery passes the record itself (it is immutable); a cluster carries it as JSON. */
  public static final class Codec implements MessageCodec<RoomEvent, RoomEvent> {
    @Override
    public void encodeToWire(Buffer buffer, RoomEvent event) {
      Buffer json = new JsonObject()
        .put("room", event.room).put("seq", event.seq).put("frame", event.frame).put("skipUserId", event.skipUserId)
        .toBuffer();
      buffer.appendInt(json.length()).appendBuffer(json);
    }

    @Override
    public RoomEvent decodeFromWire(int pos, Buffer buffer) {
      int length = buffer.getInt(pos);
      JsonObject json = new JsonObject(buffer.getBuffer(pos + 4, pos + 4 + length));
      return new RoomEvent(json.getLong("room"), json.getLong("seq"), json.getString("frame"), json.getString("skipUserId"));
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
