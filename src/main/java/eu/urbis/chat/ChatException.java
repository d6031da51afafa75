package eu.urbis.chat;

import eu.urbis.live.FrameError;

/** A chat refusal that becomes an {@code error} frame on the socket that asked, with one of chat's {@link ErrorCode}s. */
public final class ChatException extends FrameError {
  private final ErrorCode chatCode;

  public ChatException(ErrorCode code, String message, String ref) {
    super(code.wire(), message, ref);
    this.chatCode = code;
  }

  public static ChatException badFrame(String message, String ref) {
    return new ChatException(ErrorCode.BAD_FRAME, message, ref);
  }

  public static ChatException unknownRoom(String ref) {
    return new ChatException(ErrorCode.UNKNOWN_ROOM, "No such room.", ref);
  }

  public ErrorCode chatCode() {
    return chatCode;
  }
}
