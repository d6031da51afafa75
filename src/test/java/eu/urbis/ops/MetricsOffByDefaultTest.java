package eu.urbis.ops;

import eu.urbis.support.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;

class MetricsOffByDefaultTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @Test
  void withoutAMetricsTokenConfiguredMetricsIsNotServed() {
    assertProblem(server.api().get("/metrics"), 404);
  }
}
