package eu.urbis.bench.soak;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The soak's results as the markdown block of docs/performance.md. */
final class SoakReport {
  /** The first minutes are start-up and JIT; flatness is judged from here on. */
  private static final int SETTLED_MINUTE = 5;

  private SoakReport() {
  }

  static String of(Instant at, int minutes, Outcomes outcomes, List<ServerSample> samples, long slowReaderCutOffs, String load) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Run %s for %d min on %d cores (%s, Java %s), server (-Xmx1g) and load tool on the same machine. Load: %s.%n%n",
      at.toString().substring(0, 16) + "Z", minutes, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
      System.getProperty("java.version"), load));
    text.append("| route | requests | p50 ms | p99 ms | max ms | expected 4xx / throttled | unexpected |\n|---|---:|---:|---:|---:|---:|---:|\n");
    outcomes.rows().forEach(row -> text.append(row).append('\n'));
    text.append(String.format(Locale.ROOT, "%nUnexpected answers in all: **%d**. The slow reader was cut off by the server %d times.%n",
      outcomes.unexpectedTotal(), slowReaderCutOffs));
    outcomes.examples().forEach(example -> text.append("- ").append(example.length() > 200 ? example.substring(0, 200) + "…" : example).append('\n'));
    text.append("\n| minute | server heap after full GC, MiB | open connections |\n|---:|---:|---:|\n");
    samples.forEach(sample -> text.append(sample.row()).append('\n'));
    if (samples.size() > SETTLED_MINUTE) {
      ServerSample settled = samples.get(SETTLED_MINUTE - 1);
      ServerSample last = samples.get(samples.size() - 1);
      text.append(String.format(Locale.ROOT, "%nFrom minute %d to minute %d: heap after GC %.1f → %.1f MiB (%+.0f %%), open connections %d → %d.%n",
        settled.minute(), last.minute(), mib(settled), mib(last), 100.0 * (last.heapAfterGcBytes() - settled.heapAfterGcBytes()) / settled.heapAfterGcBytes(),
        settled.connections(), last.connections()));
    }
    return text.toString();
  }

  private static double mib(ServerSample sample) {
    return sample.heapAfterGcBytes() / 1024.0 / 1024.0;
  }
}
