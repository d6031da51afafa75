package eu.urbis.bench.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every route answered during the soak: latencies, the 4xx the load asked for on purpose, and everything else
 * that went wrong (a 5xx, an unexpected status, a failed connection, an error frame), with a few examples of each.
 * Called from the load tool's event loop and from its timers, hence synchronized.
 */
final class Outcomes {
  private static final int EXAMPLES = 5;

  private final Map<String, Route> routes = new TreeMap<>();

  synchronized void ok(String route, long nanos) {
    route(route).latencies.add(nanos);
  }

  synchronized void expected(String route, long nanos) {
    Route stats = route(route);
    stats.latencies.add(nanos);
    stats.expected++;
  }

  synchronized void unexpected(String route, long nanos, String what) {
    Route stats = route(route);
    if (nanos >= 0) {
      stats.latencies.add(nanos);
    }
    stats.unexpected++;
    if (stats.examples.size() < EXAMPLES) {
      stats.examples.add(what);
    }
  }

  synchronized long unexpectedTotal() {
    return routes.values().stream().mapToLong(route -> route.unexpected).sum();
  }

  synchronized List<String> rows() {
    List<String> rows = new ArrayList<>();
    routes.forEach((name, route) -> {
      long[] sorted = route.latencies.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(sorted);
      rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d | %d |", name, sorted.length,
        percentile(sorted, 50), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        route.expected, route.unexpected));
    });
    return rows;
  }

  synchronized List<String> examples() {
    List<String> lines = new ArrayList<>();
    routes.forEach((name, route) -> route.examples.forEach(example -> lines.add(name + ": " + example)));
    return lines;
  }

  private Route route(String name) {
    return routes.computeIfAbsent(name, n -> new Route());
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static final class Route {
    private final List<Long> latencies = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private long expected;
    private long unexpected;
  }
}
