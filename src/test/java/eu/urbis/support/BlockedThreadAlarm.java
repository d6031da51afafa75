package eu.urbis.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
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
 */
public final class BlockedThreadAlarm extends AppenderBase<ILoggingEvent> {
  private static final List<String> warnings = new ArrayList<>();

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getFormattedMessage().contains("has been blocked for")) {
      synchronized (warnings) {
        warnings.add(event.getFormattedMessage());
      }
    }
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
