package eu.urbis.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Two clustered servers on loopback sharing one fresh database, as a multi-node deployment runs them, started
 * before a class's first test and closed after its last:
 * {@code @RegisterExtension static final TwoNodes nodes = TwoNodes.start();}
 */
public final class TwoNodes implements BeforeAllCallback, AfterAllCallback {
  private final Consumer<JsonObject> customize;
  private TestServer a;
  private TestServer b;

  private TwoNodes(Consumer<JsonObject> customize) {
    this.customize = customize;
  }

  public static TwoNodes start() {
    return start(config -> { });
  }

  /** @param customize edits both nodes' config, as {@link TestServer#start(Consumer)} does */
  public static TwoNodes start(Consumer<JsonObject> customize) {
    return new TwoNodes(customize);
  }

  /** Started together, so they find each other at once instead of the first waiting out its join attempts. */
  @Override
  public void beforeAll(ExtensionContext context) {
    var database = TestDatabase.fresh();
    int portA = TestServer.freePort();
    int portB = TestServer.freePort();
    JsonArray members = new JsonArray().add("127.0.0.1:" + portA).add("127.0.0.1:" + portB);
    CompletableFuture<TestServer> startingA = CompletableFuture.supplyAsync(
      () -> TestServer.start(database, config -> customize.andThen(c -> c.put("cluster", cluster(portA, members))).accept(config)));
    b = TestServer.start(database, config -> customize.andThen(c -> c.put("cluster", cluster(portB, members))).accept(config));
    a = startingA.join();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (b != null) {
        b.close();
      }
    } finally {
      if (a != null) {
        a.close();
      }
    }
  }

  /** May be taken before the nodes start: it resolves to node A when used. */
  public RunningServer a() {
    return () -> running(a);
  }

  public RunningServer b() {
    return () -> running(b);
  }

  private static TestServer running(TestServer node) {
    if (node == null) {
      throw new IllegalStateException("nodes not started: register TwoNodes on a static field with @RegisterExtension");
    }
    return node;
  }

  private static JsonObject cluster(int port, JsonArray members) {
    return new JsonObject().put("enabled", true).put("host", "127.0.0.1").put("port", port).put("members", members);
  }
}
