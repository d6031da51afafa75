package eu.urbis.app;

import eu.urbis.support.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat fan-out's throughput figures in docs/performance.md were measured on epoll; NIO is the silent fallback. */
class TransportTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @Test
  void serverRunsOnTheLinuxEpollTransport() {
    assertThat(server.vertx().isNativeTransportEnabled())
      .as("netty-transport-native-epoll on the class path (cause: %s)", server.vertx().unavailableNativeTransportCause())
      .isTrue();
  }
}
