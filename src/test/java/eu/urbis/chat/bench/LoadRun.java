package eu.urbis.chat.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The load tool: connects, authenticates and joins the clients of a scenario, sends at the scenario's rate, and
 * counts what every client receives (by seq, so losses, duplicates and reordering show) and how late.
 * Frames are read by position rather than parsed, so the tool spends its CPU on the server, not on JSON.
 */
final class LoadRun {
  private static final int CONNECT_WAVE = 500;
  /** Long enough for the JIT of server and load tool to settle: the first seconds under load are compile storms. */
  static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 20);
  private static final String MEASURED = "m";
  private static final long JOIN_RETRY_MS = 500;

  private final Vertx vertx;
  private final List<WebSocketClient> clients = new ArrayList<>();
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final Latencies delivery = new Latencies();
  private final Latencies acks = new Latencies();
  private final LongAdder sent = new LongAdder();
  private final LongAdder acked = new LongAdder();
  private final LongAdder received = new LongAdder();
  private final LongAdder duplicated = new LongAdder();
  private final LongAdder outOfOrder = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder rejoins = new LongAdder();
  private final LongAdder cutOff = new LongAdder();
  private final List<Member> members = new ArrayList<>();

  /**
   * @param localAddresses loopback source addresses to spread the client ports over: 1 lets the kernel choose (one
   *                       address has ~28,000 ephemeral ports); more bind 127.0.0.2, .3, ... explicitly
   */
  LoadRun(Vertx vertx, int localAddresses) {
    this.vertx = vertx;
    for (int i = 1; i <= localAddresses; i++) {
      WebSocketClientOptions options = new WebSocketClientOptions().setMaxConnections(100_000).setConnectTimeout(60_000);
      clients.add(vertx.createWebSocketClient(localAddresses == 1 ? options : options.setLocalAddress("127.0.0." + (i + 1))));
    }
  }

  private final class Member {
    final int index;
    final String room;
    final Promise<Void> joined = Promise.promise();
    WebSocket socket;
    volatile long lastSeq = -1;

    Member(int index, String room) {
      this.index = index;
      this.room = room;
    }

    void onFrame(String frame) {
      if (frame.startsWith("{\"type\":\"message\"")) {
        onMessage(field(frame, "\"seq\":", ','), field(frame, "\"clientId\":\"", '"'));
      } else if (frame.startsWith("{\"type\":\"ack\"")) {
        String clientId = field(frame, "\"clientId\":\"", '"');
        if (clientId.startsWith(MEASURED)) {
          acked.increment();
          acks.record(System.nanoTime() - sentAt.get(clientId));
        }
      } else if (frame.startsWith("{\"type\":\"ready\"")) {
        join();
      } else if (frame.startsWith("{\"type\":\"joined\"")) {
        lastSeq = Long.parseLong(field(frame, "\"lastSeq\":", '}'));
        joined.tryComplete();
      } else if (frame.startsWith("{\"type\":\"error\"") && frame.endsWith("\"ref\":\"join\"}") && !joined.future().isComplete()) {
        // the server could not do it now (all its database connections busy for longer than it waits): the
        // browser retries after a moment, so the load tool does too
        rejoins.increment();
        vertx.setTimer(JOIN_RETRY_MS, id -> join());
      } else if (frame.startsWith("{\"type\":\"error\"")) {
        errors.increment();
      }
    }

    private void join() {
      socket.writeTextMessage("{\"type\":\"join\",\"room\":\"" + room + "\"}");
    }

    private synchronized void onMessage(String seqText, String clientId) {
      long seq = Long.parseLong(seqText);
      if (seq <= lastSeq) {
        duplicated.increment();
        return;
      }
      if (seq != lastSeq + 1) {
        outOfOrder.increment();
      }
      lastSeq = seq;
      if (clientId.startsWith(MEASURED)) {
        received.increment();
        Long at = sentAt.get(clientId);
        if (at != null) {
          delivery.record(System.nanoTime() - at);
        }
      }
    }
  }

  private static String field(String frame, String key, char end) {
    int start = frame.indexOf(key) + key.length();
    return frame.substring(start, frame.indexOf(end, start));
  }

  /** Connects every client, in waves, and waits until all have joined their room. */
  List<WebSocket> connect(int port, int count, List<String> tokens, List<String> rooms) throws Exception {
    List<WebSocket> sockets = new ArrayList<>();
    for (int start = 0; start < count; start += CONNECT_WAVE) {
      List<Future<Void>> wave = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + CONNECT_WAVE); i++) {
        Member member = new Member(i, rooms.get(i % rooms.size()));
        synchronized (members) {
          members.add(member);
        }
        String token = tokens.get(i);
        WebSocketClient client = clients.get(i % clients.size());
        wave.add(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"))
          .compose(socket -> {
            member.socket = socket;
            synchronized (sockets) {
              sockets.add(socket);
            }
            socket.textMessageHandler(member::onFrame);
            socket.closeHandler(v -> {
              if (socket.closeStatusCode() != null && socket.closeStatusCode() != 1000) {
                cutOff.increment();
              }
            });
            socket.writeTextMessage(new JsonObject().put("type", "auth").put("token", token).encode());
            return member.joined.future();
          }));
      }
      Future.all(wave).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }
    return sockets;
  }

  Result run(String target, int port, Scenario scenario, List<String> tokens, List<String> rooms) throws Exception {
    List<WebSocket> sockets = connect(port, scenario.clients(), tokens, rooms);
    send(members, scenario, WARM_UP_SECONDS, "w");
    long started = System.nanoTime();
    send(members, scenario, scenario.seconds(), MEASURED);
    double seconds = (System.nanoTime() - started) / 1e9;
    untilNoProgress(() -> acked.sum() >= sent.sum(), acked::sum);
    long expected = acked.sum() * scenario.membersPerRoom();
    untilNoProgress(() -> received.sum() >= expected, received::sum);
    sockets.forEach(WebSocket::close);
    return new Result(scenario.name(), target, scenario.clients(), sent.sum(), acked.sum(), expected, received.sum(),
      Math.max(0, expected - received.sum()), duplicated.sum(), outOfOrder.sum(), errors.sum(), cutOff.sum(), received.sum() / seconds,
      delivery.quantileMillis(0.5), delivery.quantileMillis(0.99), delivery.maxMillis(),
      acks.quantileMillis(0.5), acks.quantileMillis(0.99), acks.maxMillis());
  }

  /** Waits while the count still moves (a backlog draining), at most two minutes; 5 s without progress ends it. */
  private void untilNoProgress(BooleanSupplier done, LongSupplier count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    long[] last = {-1, System.nanoTime()};
    Promise<Void> settled = Promise.promise();
    vertx.setPeriodic(50, timer -> {
      long now = count.getAsLong();
      if (now != last[0]) {
        last[0] = now;
        last[1] = System.nanoTime();
      }
      if (done.getAsBoolean() || System.nanoTime() > deadline || System.nanoTime() - last[1] > TimeUnit.SECONDS.toNanos(5)) {
        vertx.cancelTimer(timer);
        settled.complete();
      }
    });
    settled.future().toCompletionStage().toCompletableFuture().get(3, TimeUnit.MINUTES);
  }

  /** Each sender sends rate/senders msgs/s on its own timer, spread over the period; returns once all have sent. */
  private void send(List<Member> members, Scenario scenario, int seconds, String prefix) throws Exception {
    double perSender = (double) scenario.rate() / scenario.senders();
    long periodMs = Math.max(1, Math.round(1000 / perSender));
    long perSenderTotal = Math.round(perSender * seconds);
    List<Future<Void>> finished = new ArrayList<>();
    for (int s = 0; s < scenario.senders(); s++) {
      Member member = members.get(s);
      Promise<Void> lastSent = Promise.promise();
      finished.add(lastSent.future());
      long[] count = {0};
      long offset = 1 + (periodMs * s) / scenario.senders();
      vertx.setTimer(offset, first -> vertx.setPeriodic(periodMs, timer -> {
        if (count[0]++ >= perSenderTotal) {
          vertx.cancelTimer(timer);
          lastSent.complete();
          return;
        }
        String clientId = prefix + member.index + "-" + count[0];
        sentAt.put(clientId, System.nanoTime());
        if (prefix.equals(MEASURED)) {
          sent.increment();
        }
        member.socket.writeTextMessage("{\"type\":\"send\",\"room\":\"" + member.room + "\",\"clientId\":\"" + clientId
          + "\",\"body\":\"bench message " + count[0] + " from " + member.index + "\"}");
      }));
    }
    Future.all(finished).toCompletionStage().toCompletableFuture().get(seconds + 60L, TimeUnit.SECONDS);
  }

  void close() {
    clients.forEach(WebSocketClient::close);
  }
}
