package eu.urbis.chat;

/** The chat frames a client may send on /ws, one record per frame type; {@link ChatCodec#decode} makes them. */
public sealed interface ClientFrame {
  /** The frame's type on the wire, used as the {@code ref} of errors that have no client id. */
  String type();

  /** {@code since} null: no replay, live messages only. */
  record Join(long room, Long since) implements ClientFrame {
    public String type() {
      return "join";
    }
  }

  record Leave(long room) implements ClientFrame {
    public String type() {
      return "leave";
    }
  }

  /** {@code files}: ids of the sender's own uploads to attach, in order. */
  record Send(long room, String clientId, String body, java.util.List<Long> files) implements ClientFrame {
    public String type() {
      return "send";
    }
  }

  record Typing(long room) implements ClientFrame {
    public String type() {
      return "typing";
    }
  }

  record Read(long room, long seq) implements ClientFrame {
    public String type() {
      return "read";
    }
  }

  record Edit(long room, long id, String body) implements ClientFrame {
    public String type() {
      return "edit";
    }
  }

  record Delete(long room, long id) implements ClientFrame {
    public String type() {
      return "delete";
    }
  }
}
