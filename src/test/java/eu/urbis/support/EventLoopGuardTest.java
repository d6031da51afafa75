package eu.urbis.support;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves both alarms of the suite ring, and that neither rings for a loop that only computes briefly. */
class EventLoopGuardTest {
  private Vertx vertx;

  @BeforeEach
  void start() {
    BlockingCallDetector.install();
    vertx = Vertx.vertx(TestServer.strictOptions());
  }

  @AfterEach
  void stop() {
    TestServer.await(vertx.close());
    // what a deliberate trip left behind must not fail the class
    BlockingCallDetector.drain();
    BlockedThreadAlarm.drain();
  }

  @Test
  void aParkOnAnEventLoopIsCaughtHoweverShort() throws InterruptedException {
    onEventLoop(() -> LockSupport.parkNanos(1_000)); // deliberately blocking, to trip the detector

    assertThat(BlockingCallDetector.drain()).anySatisfy(call -> assertThat(call)
      .contains("park")
      .contains("vert.x-eventloop-thread")
      .contains(EventLoopGuardTest.class.getName()));
  }

  @Test
  void aParkOnAWorkerIsAllowed() {
    TestServer.await(vertx.executeBlocking(() -> {
      LockSupport.parkNanos(1_000);
      return null;
    }));

    assertThat(BlockingCallDetector.drain()).isEmpty();
  }

  @Test
  void anEventLoopComputingPastTheStallLimitIsReported() throws InterruptedException {
    onEventLoop(() -> spin(TestServer.STALL_LIMIT_MS + 500)); // deliberately hogging, to trip the checker

    assertThat(BlockedThreadAlarm.drain()).anySatisfy(warning -> assertThat(warning).contains("has been blocked for"));
  }

  @Test
  void anEventLoopComputingBrieflyIsNotReported() throws InterruptedException {
    onEventLoop(() -> spin(200));

    assertThat(BlockingCallDetector.drain()).isEmpty();
    assertThat(BlockedThreadAlarm.drain()).isEmpty();
  }

  private void onEventLoop(Runnable task) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    vertx.runOnContext(v -> {
      task.run();
      done.countDown();
    });
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
  }

  private static void spin(long millis) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    long turns = 0;
    while (System.nanoTime() < until) {
      turns++;
    }
    assertThat(turns).isPositive();
  }
}
