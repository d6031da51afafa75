package eu.urbis.bench.soak;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** Runs the soak's actors: each repeats its step, then thinks for about its think time, until the soak stops. */
final class Load {
  private final Vertx vertx;
  private final Outcomes outcomes;
  private volatile boolean running = true;

  Load(Vertx vertx, Outcomes outcomes) {
    this.vertx = vertx;
    this.outcomes = outcomes;
  }

  Outcomes outcomes() {
    return outcomes;
  }

  Vertx vertx() {
    return vertx;
  }

  boolean running() {
    return running;
  }

  void stop() {
    running = false;
  }

  /** Repeats {@code step} with a pause of 0.5 to 1.5 times {@code thinkMillis} between the end of one and the next. */
  void repeat(long thinkMillis, Supplier<Future<?>> step) {
    if (!running) {
      return;
    }
    step.get().onComplete(done -> vertx.setTimer(jitter(thinkMillis), id -> repeat(thinkMillis, step)));
  }

  /** Times one request and sorts its answer: a 2xx, a status the caller expected, or a failure. */
  Future<HttpResponse<Buffer>> track(String route, IntPredicate expected, Future<HttpResponse<Buffer>> request) {
    long sent = System.nanoTime();
    return request.onComplete(answer -> {
      long nanos = System.nanoTime() - sent;
      if (answer.failed()) {
        outcomes.unexpected(route, nanos, String.valueOf(answer.cause()));
      } else if (expected.test(answer.result().statusCode())) {
        if (answer.result().statusCode() >= 300) {
          outcomes.expected(route, nanos);
        } else {
          outcomes.ok(route, nanos);
        }
      } else {
        outcomes.unexpected(route, nanos, answer.result().statusCode() + " " + answer.result().bodyAsString());
      }
    });
  }

  Future<HttpResponse<Buffer>> track(String route, Future<HttpResponse<Buffer>> request) {
    return track(route, status -> status < 300, request);
  }

  /** Times work that is no HTTP request (a socket's connect and sign-in): success or an unexpected failure. */
  <T> Future<T> timed(String route, Supplier<Future<T>> work) {
    long started = System.nanoTime();
    return work.get().onComplete(done -> {
      if (done.succeeded()) {
        outcomes.ok(route, System.nanoTime() - started);
      } else {
        outcomes.unexpected(route, System.nanoTime() - started, String.valueOf(done.cause()));
      }
    });
  }

  static <T> T any(List<T> items) {
    return items.get(ThreadLocalRandom.current().nextInt(items.size()));
  }

  static long jitter(long millis) {
    return Math.max(1, (long) (millis * (0.5 + ThreadLocalRandom.current().nextDouble())));
  }
}
