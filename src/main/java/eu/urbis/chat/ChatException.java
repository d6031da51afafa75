package eu.urbis.chat;

/** An expected refusal that becomes an {@code error} frame on the socket that asked; carries no stack trace. */
public final class ChatException extends RuntimeException {
  private final ErrorCode code;
  private final String ref;

  public ChatException(ErrorCode code, String message, String ref) {
    super(message, null, false, false);
    this.code = code;
    this.ref = ref;
  }

  public static ChatException badFrame(String message, String ref) {
    return new ChatException(ErrorCode.BAD_FRAME, message, ref);
  }

  public static ChatException unknownRoom(String ref) {
    return new ChatException(ErrorCode.UNKNOWN_ROOM, "No such room.", ref);
  }

  public ErrorCode code() {
    return code;
  }

  public String ref() {
    return ref;
  }
}
