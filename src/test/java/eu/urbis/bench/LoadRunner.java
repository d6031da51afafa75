package eu.urbis.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: {@code clients} virtual clients each send their next request as soon as the previous one
 * answered, until {@code requests} have completed. Records every latency; any non-2xx answer fails the run.
 */
final class LoadRunner {
  /** @param latencies every request's, in nanoseconds, sorted */
  record Result(String name, long[] latencies, double seconds) {
    int requests() {
      return latencies.length;
    }

    /** One result of several runs of one scenario: all their latencies, their time added up. */
    static Result pooled(List<Result> runs) {
      long[] all = runs.stream().flatMapToLong(run -> Arrays.stream(run.latencies)).sorted().toArray();
      return new Result(runs.get(0).name, all, runs.stream().mapToDouble(Result::seconds).sum());
    }

    String row() {
      return String.format("| %s | %d | %.1f | %.1f | %.1f | %.0f |", name, requests(), percentile(50), percentile(95),
        percentile(99), requests() / seconds);
    }

    private double percentile(int p) {
      int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
      return latencies[Math.max(0, index)] / 1e6;
    }
  }

  private LoadRunner() {
  }

  /** @param request the i-th request (0-based) */
  static Future<Result> run(String name, int clients, int requests, IntFunction<Future<HttpResponse<Buffer>>> request) {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicLong failures = new AtomicLong();
    Promise<Result> finished = Promise.promise();
    long started = System.nanoTime();
    Runnable[] loop = new Runnable[1];
    loop[0] = () -> {
      int i = next.getAndIncrement();
      if (i >= requests) {
        return;
      }
      long sent = System.nanoTime();
      request.apply(i).onComplete(answer -> {
        latencies[i] = System.nanoTime() - sent;
        if (answer.failed() || answer.result().statusCode() >= 300) {
          failures.incrementAndGet();
          finished.tryFail(name + " request " + i + " failed: "
            + (answer.failed() ? answer.cause() : answer.result().statusCode() + " " + answer.result().bodyAsString()));
        }
        if (done.incrementAndGet() == requests) {
          Arrays.sort(latencies);
          finished.tryComplete(new Result(name, latencies, (System.nanoTime() - started) / 1e9));
        } else {
          loop[0].run();
        }
      });
    };
    for (int c = 0; c < clients; c++) {
      loop[0].run();
    }
    return finished.future();
  }
}
