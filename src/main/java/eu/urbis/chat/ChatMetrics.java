package eu.urbis.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What chat reports at /metrics beside Vert.x's own WebSocket and event-bus meters: sends accepted, acks (each after
 * its commit), message frames delivered to sockets (live and replayed), group-commit batch sizes, and replay sizes per
 * join (sockets cut off for reading too slowly are counted by the socket layer).
 */
final class ChatMetrics {
  final Counter sends;
  final Counter acks;
  final Counter deliveries;
  final DistributionSummary batchSizes;
  final DistributionSummary replaySizes;

  ChatMetrics(MeterRegistry registry) {
    sends = Counter.builder("urbis.chat.sends").description("chat sends accepted for storage").register(registry);
    acks = Counter.builder("urbis.chat.acks").description("chat sends acknowledged after their commit").register(registry);
    deliveries = Counter.builder("urbis.chat.deliveries").description("message frames written to sockets, live or replayed")
      .register(registry);
    batchSizes = DistributionSummary.builder("urbis.chat.batch.size").description("messages stored per group commit")
      .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500).register(registry);
    replaySizes = DistributionSummary.builder("urbis.chat.replay.size").description("messages replayed per join with since")
      .serviceLevelObjectives(1, 10, 100, 1_000, 10_000).register(registry);
  }
}
