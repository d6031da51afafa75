package eu.urbis.ops;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import eu.urbis.app.UrbisConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;

import java.util.EnumSet;

/**
 * One Prometheus registry per Vert.x instance (tests run several servers in one JVM). Vert.x reports HTTP
 * (per route, as histograms), WebSocket, event-bus and pool metrics into it; the features add their own
 * meters (chat sends, deliveries, group-commit batches) through {@link #registry()}.
 */
public final class Metrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** A Vert.x reporting into this registry; clustered over Hazelcast when the config enables it. */
  public Future<Vertx> createVertx(VertxOptions options, UrbisConfig.Cluster cluster) {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
      .setEnabled(true)
      .setJvmMetricsEnabled(true)
      .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE, Label.POOL_NAME, Label.POOL_TYPE))
      .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(true));
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
