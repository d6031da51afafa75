package eu.urbis.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registered for every test class (junit-platform.properties turns on autodetection): fails the class in which
 * a blocking call ran on an event loop ({@link BlockingCallDetector}) or an event loop stalled for longer than
 * any scheduling hiccup explains ({@link BlockedThreadAlarm}).
 */
public final class EventLoopGuard implements BeforeAllCallback, AfterAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    BlockingCallDetector.install();
    BlockingCallDetector.drain();
    BlockedThreadAlarm.drain();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertThat(BlockingCallDetector.drain()).as("blocking calls on an event loop in " + context.getDisplayName()).isEmpty();
    assertThat(BlockedThreadAlarm.drain()).as("event-loop stalls in " + context.getDisplayName()).isEmpty();
  }
}
