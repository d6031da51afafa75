package eu.urbis.app;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code java -jar urbis.jar [--config FILE]}: reads the config, starts the server, stops it on SIGTERM. */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);
  private static final long STOP_TIMEOUT_SECONDS = 30;

  private Main() {
  }

  public static void main(String[] args) {
    long started = System.nanoTime();
    // Vert.x's own warnings (blocked threads and the like) go through the same logback set-up as ours
    System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.SLF4JLogDelegateFactory");
    UrbisConfig config;
    try {
      config = ConfigLoader.load(configFile(args), System.getenv());
    } catch (ConfigException e) {
      log.error(e.getMessage());
      System.exit(2);
      return;
    }
    UrbisApp app = new UrbisApp(UrbisApp.vertxOptions(), config);
    app.start()
      .onSuccess(running -> {
        announce(running, (System.nanoTime() - started) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running), "urbis-shutdown"));
      })
      .onFailure(failure -> {
        log.error("Urbis could not start: {}", rootMessage(failure));
        System.exit(1);
      });
  }

  private static Path configFile(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if ("--config".equals(args[i])) {
        if (i + 1 >= args.length) {
          throw new ConfigException("--config", "needs a file name");
        }
        return Path.of(args[i + 1]);
      }
    }
    return null;
  }

  private static void announce(UrbisApp app, long millis) {
    UrbisConfig config = app.config();
    String host = "0.0.0.0".equals(config.http().host()) ? "localhost" : config.http().host();
    log.info("Urbis is up at http://{}:{}/ (started in {} ms, {} transport)", host, config.http().port(), millis,
      app.vertx().isNativeTransportEnabled() ? "epoll" : "NIO");
    if (config.demo()) {
      DemoAccounts.ACCOUNTS.forEach(account ->
        log.info("  demo login: {} / {} ({})", account.username(), DemoAccounts.PASSWORD, account.role().wire()));
    }
  }

  /** Runs on the shutdown-hook thread, never an event loop, so waiting here blocks nothing. */
  private static void stop(UrbisApp app) {
    log.info("Stopping Urbis");
    waitFor("the database", app.stop());
    waitFor("Vert.x", app.vertx().close());
  }

  private static void waitFor(String what, Future<Void> stopping) {
    CountDownLatch done = new CountDownLatch(1);
    stopping.onComplete(result -> done.countDown());
    try {
      if (!done.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("{} did not stop within {} s", what, STOP_TIMEOUT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = failure.getMessage();
    return root == failure || message == null ? String.valueOf(root.getMessage()) : message + " (" + root.getMessage() + ")";
  }
}
