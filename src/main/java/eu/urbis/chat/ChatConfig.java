package eu.urbis.chat;

import java.time.Duration;

/**
 * Chat limits: a user sends at most {@code sendBurst} messages per {@code sendWindow}; a socket whose write queue
 * (bytes) stays full for {@code slowConsumerMillis}, or takes {@code slowConsumerMaxFrames} more frames while full,
 * is closed; one group commit stores at most {@code maxBatch} messages.
 */
public record ChatConfig(
  int sendBurst, Duration sendWindow, int maxBodyChars, long authTimeoutMillis,
  int writeQueueMaxBytes, long slowConsumerMillis, int slowConsumerMaxFrames, int maxBatch) {
}
