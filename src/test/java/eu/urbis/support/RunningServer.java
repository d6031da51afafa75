package eu.urbis.support;

import eu.urbis.app.UrbisApp;
import eu.urbis.db.DatabaseUrl;
import io.vertx.core.Vertx;

/**
 * A started server as tests reach it: a {@link TestServer} itself, or a handle ({@link ServerExtension},
 * {@link TwoNodes#a()}) that resolves to the one its extension started for the class.
 */
@FunctionalInterface
public interface RunningServer {
  TestServer server();

  default Api api() {
    return server().api();
  }

  default Vertx vertx() {
    return server().vertx();
  }

  default UrbisApp app() {
    return server().app();
  }

  default int port() {
    return server().port();
  }

  default DatabaseUrl database() {
    return server().database();
  }

  default TestClock clock() {
    return server().clock();
  }
}
