package eu.urbis.chat;

import eu.urbis.live.LiveConfig;

import java.time.Duration;

/**
 * Chat limits: a user sends at most {@code sendBurst} messages per {@code sendWindow}; one group commit stores at
 * most {@code maxBatch} messages. The socket limits are read from the same {@code chat.*} keys and serve every
 * socket ({@code sockets}). Every {@code retentionEvery} the messages past their room's retention are deleted.
 */
public record ChatConfig(int sendBurst, Duration sendWindow, int maxBodyChars, int maxBatch, LiveConfig sockets,
                         Duration retentionEvery) {
}
