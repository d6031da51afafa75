package eu.urbis.support;

import reactor.blockhound.BlockHound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Catches blocking JDK calls (sleep, park, wait, file and socket I/O) made on a Vert.x event loop, whatever the
 * machine's load: BlockHound instruments those methods once per test JVM, and Netty's own integration (on the
 * class path through netty-common) marks the event-loop threads as non-blocking; Vert.x worker threads permit
 * blocking and are not checked.
 *
 * <p>A call is recorded rather than thrown into the event loop, so the application behaves as it would in
 * production and the test class fails afterwards with the stack of every call.
 */
public final class BlockingCallDetector {
  private static final List<String> calls = new ArrayList<>();
  private static boolean installed;

  private BlockingCallDetector() {
  }

  public static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    BlockHound.install(builder -> builder
      // A worker pool's queue takes a lock for a few instructions; under contention it parks briefly.
      // That is scheduling, not a blocking operation of ours.
      .allowBlockingCallsInside("java.util.concurrent.ThreadPoolExecutor", "execute")
      // Vert.x shutting its worker pools down, once, as it closes
      .allowBlockingCallsInside("io.vertx.core.internal.WorkerPool", "close")
      .blockingMethodCallback(method -> record(method.toString(), new Throwable().getStackTrace())));
  }

  private static void record(String method, StackTraceElement[] stack) {
    String where = Arrays.stream(stack)
      .skip(1)
      .limit(40)
      .map(frame -> "\n    at " + frame)
      .collect(Collectors.joining());
    synchronized (calls) {
      calls.add("blocking call " + method + " on " + Thread.currentThread().getName() + where);
    }
  }

  /** Takes the calls seen since the last call. */
  public static List<String> drain() {
    synchronized (calls) {
      List<String> seen = new ArrayList<>(calls);
      calls.clear();
      return seen;
    }
  }
}
