package eu.urbis.app;

import eu.urbis.support.TestServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat fan-out's throughput figures in docs/performance.md were measured on epoll; NIO is the silent fallback. */
class TransportTest {

  @Test
  void serverRunsOnTheLinuxEpollTransport() {
    try (TestServer server = TestServer.start()) {
      assertThat(server.vertx().isNativeTransportEnabled())
        .as("netty-transport-native-epoll on the class path (cause: %s)", server.vertx().unavailableNativeTransportCause())
        .isTrue();
    }
  }
}
