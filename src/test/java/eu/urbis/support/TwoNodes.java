package eu.urbis.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.CompletableFuture;

/** Two clustered servers on loopback sharing one fresh database, as a multi-node deployment runs them. */
public record TwoNodes(TestServer a, TestServer b) {

  /** Started together, so they find each other at once instead of the first waiting out its join attempts. */
  public static TwoNodes start() {
    var database = TestDatabase.fresh();
    int portA = TestServer.freePort();
    int portB = TestServer.freePort();
    JsonArray members = new JsonArray().add("127.0.0.1:" + portA).add("127.0.0.1:" + portB);
    CompletableFuture<TestServer> startingA = CompletableFuture.supplyAsync(
      () -> TestServer.start(database, config -> config.put("cluster", cluster(portA, members))));
    TestServer b = TestServer.start(database, config -> config.put("cluster", cluster(portB, members)));
    return new TwoNodes(startingA.join(), b);
  }

  private static JsonObject cluster(int port, JsonArray members) {
    return new JsonObject().put("enabled", true).put("host", "127.0.0.1").put("port", port).put("members", members);
  }
}
