package eu.urbis.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collects Vert.x's blocked-thread warnings (the test Vert.x warns past 100 ms on an event loop), and,
 * as a JUnit extension registered for every test class, fails the class that caused one.
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

  public static final class FailOnBlockedThreads implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      drain();
    }

    @Override
    public void afterAll(ExtensionContext context) {
      assertThat(drain()).as("blocked event-loop warnings in " + context.getDisplayName()).isEmpty();
    }
  }
}
