package eu.urbis.live;

/**
 * Socket limits: no {@code auth} frame within {@code authTimeoutMillis} closes with 4401; a socket whose write queue
 * (bytes) stays full for {@code slowConsumerMillis}, or takes {@code slowConsumerMaxFrames} more frames while full,
 * is closed with 1013.
 */
public record LiveConfig(long authTimeoutMillis, int writeQueueMaxBytes, long slowConsumerMillis, int slowConsumerMaxFrames) {
}
