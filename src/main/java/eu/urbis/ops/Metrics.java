package eu.urbis.ops;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
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

  public Vertx createVertx(VertxOptions options) {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
      .setEnabled(true)
      .setJvmMetricsEnabled(true)
      .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE, Label.POOL_NAME, Label.POOL_TYPE))
      .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(true));
    return Vertx.builder()
      .with(options.setMetricsOptions(metrics))
      .withMetrics(new MicrometerMetricsFactory(registry))
      .build();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }
}
