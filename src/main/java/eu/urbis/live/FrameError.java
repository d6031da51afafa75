package eu.urbis.live;

/** An expected refusal that becomes an {@code error} frame on the socket that asked; carries no stack trace. */
public class FrameError extends RuntimeException {
  private final String code;
  private final String ref;

  public FrameError(String code, String message, String ref) {
    super(message, null, false, false);
    this.code = code;
    this.ref = ref;
  }

  public static FrameError badFrame(String message, String ref) {
    return new FrameError("bad_frame", message, ref);
  }

  /** The wire code (API.md → Chat: bad_frame, unknown_room, ...). */
  public String code() {
    return code;
  }

  public String ref() {
    return ref;
  }
}
