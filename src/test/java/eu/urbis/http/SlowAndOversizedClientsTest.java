package eu.urbis.http;

import eu.urbis.support.ServerExtension;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Connections that hold the server without finishing a request are closed; requests Netty refuses are problems too. */
class SlowAndOversizedClientsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.getJsonObject("http")
    .put("idleTimeoutSeconds", 1)
    .put("headerTimeoutMillis", 500));

  private record Raw(NetSocket socket, Buffer received, Future<Void> closed) {
  }

  private static Raw connect() {
    NetSocket socket = await(server.vertx().createNetClient().connect(server.port(), "127.0.0.1"));
    Buffer received = Buffer.buffer();
    Promise<Void> closed = Promise.promise();
    socket.handler(received::appendBuffer);
    socket.closeHandler(v -> closed.tryComplete());
    return new Raw(socket, received, closed.future());
  }

  @Test
  void aConnectionThatNeverFinishesItsHeadersIsClosed() {
    Raw raw = connect();
    await(raw.socket().write("GET /api/cities HTTP/1.1\r\nHost: slow\r\nX-Slow: "));
    await(raw.closed());
    assertThat(raw.received().length()).isZero();
  }

  @Test
  void anIdleKeepAliveConnectionIsClosed() {
    Raw raw = connect();
    await(raw.socket().write("GET /health/live HTTP/1.1\r\nHost: idle\r\n\r\n"));
    await(raw.closed());
    assertThat(raw.received().toString()).startsWith("HTTP/1.1 200");
  }

  @Test
  void aRequestLineOverTheLimitIs414ProblemWithTheSecurityHeaders() {
    var response = server.api().get("/api/search?q=" + "a".repeat(10_000));
    assertProblem(response, 414);
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void headersOverTheLimitAre431ProblemWithTheSecurityHeaders() {
    Raw raw = connect();
    await(raw.socket().write("GET /api/cities HTTP/1.1\r\nHost: big\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"));
    await(raw.closed());
    String answer = raw.received().toString();
    assertThat(answer).startsWith("HTTP/1.1 431").containsIgnoringCase("content-type: application/problem+json")
      .containsIgnoringCase("x-frame-options: DENY").contains("\"status\":431");
  }
}
