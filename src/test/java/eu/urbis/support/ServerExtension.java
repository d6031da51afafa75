package eu.urbis.support;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Consumer;

/**
 * One {@link TestServer} per test class, started before its first test and closed after its last:
 * <pre>
 * &#64;RegisterExtension
 * static final ServerExtension server = ServerExtension.start(config -> config.put("demo", true));
 * private static final Api api = server.api();
 * </pre>
 * {@link #api()} may be taken before the server runs: it reaches the server on each request.
 */
public final class ServerExtension implements RunningServer, BeforeAllCallback, AfterAllCallback {
  private final Consumer<JsonObject> customize;
  private final Api api = Api.of(this);
  private TestServer server;

  private ServerExtension(Consumer<JsonObject> customize) {
    this.customize = customize;
  }

  public static ServerExtension start() {
    return start(config -> { });
  }

  /** @param customize edits the JSON config file before start-up, as {@link TestServer#start(Consumer)} does */
  public static ServerExtension start(Consumer<JsonObject> customize) {
    return new ServerExtension(customize);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = TestServer.start(customize);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public TestServer server() {
    if (server == null) {
      throw new IllegalStateException("no server running: register the extension on a static field with @RegisterExtension");
    }
    return server;
  }

  @Override
  public Api api() {
    return api;
  }
}
