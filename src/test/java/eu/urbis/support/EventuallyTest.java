package eu.urbis.support;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

class EventuallyTest {

  @Test
  void asksAgainAfterAPauseUntilTheAnswerHolds() {
    List<Long> askedAt = new ArrayList<>();

    int answer = Eventually.within(Duration.ofSeconds(5), () -> {
      askedAt.add(System.nanoTime());
      return askedAt.size();
    }, attempts -> attempts == 3);

    assertThat(answer).isEqualTo(3);
    assertThat(askedAt.get(1) - askedAt.get(0)).isGreaterThanOrEqualTo(Eventually.PAUSE.toNanos());
    assertThat(askedAt.get(2) - askedAt.get(1)).isGreaterThanOrEqualTo(Eventually.PAUSE.toNanos());
  }

  @Test
  void answersTheLastValueSeenOnceTheDeadlinePasses() {
    AtomicInteger attempts = new AtomicInteger();

    int last = Eventually.within(Duration.ofMillis(100), attempts::incrementAndGet, n -> false);

    assertThat(last).isEqualTo(attempts.get());
    // one at once, then at most one per pause until the deadline, and one at the deadline
    assertThat(last).isBetween(2, 2 + (int) (100 / Eventually.PAUSE.toMillis()));
  }

  @Test
  void refusesToWaitOnAnEventLoop() {
    Vertx vertx = Vertx.vertx();
    try {
      Promise<Throwable> refusal = Promise.promise();
      vertx.runOnContext(v -> {
        try {
          Eventually.within(Duration.ofSeconds(1), () -> 1, n -> false);
          refusal.complete(null);
        } catch (IllegalStateException e) {
          refusal.complete(e);
        }
      });
      assertThat(await(refusal.future())).isInstanceOf(IllegalStateException.class);
    } finally {
      await(vertx.close());
    }
  }
}
