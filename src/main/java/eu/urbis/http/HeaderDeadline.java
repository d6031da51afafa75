package eu.urbis.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.SocketAddress;

import java.util.HashMap;
import java.util.Map;

/**
 * Slowloris guard: a new connection must finish the headers of its first request (or WebSocket upgrade) within
 * {@code millis}, or it is closed. Idle keep-alive connections are the idle timeout's job. One per event loop.
 */
public final class HeaderDeadline {
  private final Vertx vertx;
  private final long millis;
  private final Map<String, Long> timers = new HashMap<>();

  public HeaderDeadline(Vertx vertx, long millis) {
    this.vertx = vertx;
    this.millis = millis;
  }

  public void opened(HttpConnection connection) {
    String key = key(connection.remoteAddress());
    timers.put(key, vertx.setTimer(millis, id -> {
      if (timers.remove(key) != null) {
        connection.close();
      }
    }));
    connection.closeHandler(v -> cancel(key));
  }

  /** The headers of a request from {@code client} are in: its connection has met the deadline. */
  public void arrived(SocketAddress client) {
    cancel(key(client));
  }

  private void cancel(String key) {
    Long timer = timers.remove(key);
    if (timer != null) {
      vertx.cancelTimer(timer);
    }
  }

  private static String key(SocketAddress address) {
    return address.hostAddress() + ":" + address.port();
  }
}
