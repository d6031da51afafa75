package eu.urbis.support;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the suite's alarm rings: an event loop held for 400 ms must be reported. */
class BlockedThreadAlarmTest {

  @Test
  void holdingAnEventLoopPast100msIsReported() throws InterruptedException {
    Vertx vertx = Vertx.vertx(TestServer.strictOptions());
    CountDownLatch released = new CountDownLatch(1);
    vertx.runOnContext(v -> {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(400)); // deliberately blocking, to trip the checker
      released.countDown();
    });
    assertThat(released.await(5, TimeUnit.SECONDS)).isTrue();
    TestServer.await(vertx.close());

    assertThat(BlockedThreadAlarm.drain()).anySatisfy(warning -> assertThat(warning).contains("has been blocked for"));
  }
}
