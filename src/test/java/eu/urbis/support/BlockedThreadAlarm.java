package eu.urbis.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects Vert.x's blocked-thread warnings: the test Vert.x warns when one task holds an event loop for
 * {@link TestServer#STALL_LIMIT_MS}. Blocking calls are caught by {@link BlockingCallDetector} whatever the
 * load; this wall-clock alarm is for what no JDK method reveals, such as a loop that computes for seconds.
 * {@link EventLoopGuard} fails the class that caused either.
 *
 * <p>A warning whose captured stack shows the event loop idle in its selector is not counted: the loop was
 * waiting for I/O when the checker looked, so no code of ours was running; that happens when the machine is
 * so busy that the loop thread was not scheduled. Real blocking shows the blocking frame.
 */
public final class BlockedThreadAlarm extends AppenderBase<ILoggingEvent> {
  private static final List<String> warnings = new ArrayList<>();

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getFormattedMessage().contains("has been blocked for") && !idleInSelector(event.getThrowableProxy())) {
      synchronized (warnings) {
        warnings.add(event.getFormattedMessage());
      }
    }
  }

  private static boolean idleInSelector(IThrowableProxy stack) {
    if (stack == null || stack.getStackTraceElementProxyArray().length == 0) {
      return false;
    }
    StackTraceElement top = stack.getStackTraceElementProxyArray()[0].getStackTraceElement();
    return top.getClassName().equals("sun.nio.ch.EPoll") && top.getMethodName().equals("wait");
  }

  /** Takes the warnings seen since the last call. */
  public static List<String> drain() {
    synchronized (warnings) {
      List<String> seen = new ArrayList<>(warnings);
      warnings.clear();
      return seen;
    }
  }
}
