package eu.urbis.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;

import java.util.Arrays;
import java.util.EnumSet;

/**
 * One Prometheus registry per Vert.x instance (tests run several servers in one JVM). Vert.x reports HTTP
 * (per route, as histograms), WebSocket, event-bus and pool metrics into it; the features add their own
 * meters (chat sends, deliveries, group-commit batches) through {@link #registry()}.
 */
public final class Metrics {
  /** Latency buckets for every timer: enough for p50/p95/p99 estimates, cheap to create on a request's path. */
  private static final double[] LATENCY_BUCKETS_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public Metrics() {
    // Micrometer's default percentile histogram has hundreds of buckets per timer, built when a route first answers
    // with a new status: on an event loop that is measurable. A fixed set of latency buckets keeps it cheap.
    registry.config().meterFilter(new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() != Meter.Type.TIMER) {
          return config;
        }
        return DistributionStatisticConfig.builder()
          .percentilesHistogram(false)
          .serviceLevelObjectives(Arrays.stream(LATENCY_BUCKETS_SECONDS).map(seconds -> seconds * 1e9).toArray())
          .build()
          .merge(config);
      }
    });
  }

  /** A Vert.x reporting into this registry; clustered over Hazelcast when the config enables it. */
  public Future<Vertx> createVertx(VertxOptions options, ClusterConfig cluster) {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
      .setEnabled(true)
      .setJvmMetricsEnabled(true)
      .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE, Label.POOL_NAME, Label.POOL_TYPE))
      .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(false));
    VertxBuilder builder = Vertx.builder()
      .with(options.setMetricsOptions(metrics))
      .withMetrics(new MicrometerMetricsFactory(registry));
    if (!cluster.enabled()) {
      return Future.succeededFuture(builder.build());
    }
    options.getEventBusOptions().setHost(cluster.host()).setClusterPublicHost(cluster.host());
    return builder.withClusterManager(Clustering.clusterManager(cluster)).buildClustered();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }
}
