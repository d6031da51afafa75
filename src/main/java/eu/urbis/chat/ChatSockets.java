package eu.urbis.chat;

import eu.urbis.live.LiveSocket;
import eu.urbis.live.SocketFeature;

import java.util.Set;

/** Chat's frames on /ws: each authenticated socket gets a {@link ChatSession}. */
final class ChatSockets implements SocketFeature {
  private final ChatHub hub;

  ChatSockets(ChatHub hub) {
    this.hub = hub;
  }

  @Override
  public Set<String> frameTypes() {
    return ChatCodec.TYPES;
  }

  @Override
  public Session open(LiveSocket socket) {
    return new ChatSession(hub, socket);
  }
}
