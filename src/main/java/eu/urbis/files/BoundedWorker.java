package eu.urbis.files;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs document work (parsing, rendering) on a small pool of its own, so a hostile file can hold at most these
 * threads and never the event loops or the shared workers; past the time limit the work is interrupted and its
 * Future fails, which callers take as "no preview" or "no text".
 */
final class BoundedWorker {
  private static final int THREADS = 2;

  private final Vertx vertx;
  private final WorkerExecutor executor;
  private final Duration limit;

  BoundedWorker(Vertx vertx, Duration limit) {
    this.vertx = vertx;
    this.limit = limit;
    this.executor = vertx.createSharedWorkerExecutor("urbis-documents", THREADS, limit.toMillis() * 2, TimeUnit.MILLISECONDS);
  }

  <T> Future<T> run(Callable<T> work) {
    AtomicReference<Thread> runner = new AtomicReference<>();
    Future<T> result = executor.executeBlocking(() -> {
      runner.set(Thread.currentThread());
      try {
        return work.call();
      } finally {
        runner.set(null);
        // an interrupt that came too late for this work must not fall on the next one
        Thread.interrupted();
      }
    }, false);
    long timer = vertx.setTimer(limit.toMillis(), id -> {
      Thread thread = runner.get();
      if (thread != null) {
        thread.interrupt();
      }
    });
    return result.timeout(limit.toMillis(), TimeUnit.MILLISECONDS).onComplete(done -> vertx.cancelTimer(timer));
  }
}
