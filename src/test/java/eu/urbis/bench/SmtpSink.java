package eu.urbis.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least SMTP server a client can hand mail to: it answers every command with success and counts the messages
 * whose DATA ends, parsing and storing nothing, so a benchmark measures the sending side rather than the receiver.
 */
final class SmtpSink {
  private final AtomicInteger received = new AtomicInteger();
  private final NetServer server;

  private SmtpSink(NetServer server) {
    this.server = server;
  }

  static Future<SmtpSink> start(Vertx vertx, int port) {
    NetServer server = vertx.createNetServer();
    SmtpSink sink = new SmtpSink(server);
    server.connectHandler(sink::serve);
    return server.listen(port, "127.0.0.1").map(sink);
  }

  int received() {
    return received.get();
  }

  Future<Void> close() {
    return server.close();
  }

  private void serve(NetSocket socket) {
    boolean[] inData = {false};
    socket.write("220 sink ESMTP\r\n");
    socket.handler(RecordParser.newDelimited("\r\n", line -> {
      String text = line.toString();
      if (inData[0]) {
        if (text.equals(".")) {
          inData[0] = false;
          received.incrementAndGet();
          socket.write("250 OK\r\n");
        }
        return;
      }
      String command = text.length() >= 4 ? text.substring(0, 4).toUpperCase() : text.toUpperCase();
      switch (command) {
        case "EHLO" -> socket.write("250-sink\r\n250 8BITMIME\r\n");
        case "DATA" -> {
          inData[0] = true;
          socket.write("354 go ahead\r\n");
        }
        case "QUIT" -> socket.write("221 bye\r\n").onComplete(done -> socket.close());
        default -> socket.write(Buffer.buffer("250 OK\r\n"));
      }
    }));
  }
}
