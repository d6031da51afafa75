package eu.urbis.bench;

import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.urbis.bench.ForumBench.awaitLong;

/**
 * CPU time used by this process (server and load tool together) and by the database's processes, and the bytes this
 * process allocated, so a run can say what one request costs each side. On a shared machine a p95 at 16 clients
 * follows whatever else runs, and so, less, does the CPU a request takes (the same code measured 1.2 and 3.1 ms of
 * JVM time a search minutes apart); the bytes allocated do not, so they show a change of the server's own work.
 */
final class CpuClock {
  /**
   * CPU used so far, in nanoseconds, by this JVM and by each database process (its pid) alive at the reading; bytes
   * allocated so far by this JVM's threads.
   */
  record Reading(long jvm, Map<Integer, Long> postgres, long allocated) {
    /** Milliseconds of CPU per request since {@code before}; PostgreSQL's over the processes alive at both readings. */
    Use since(Reading before, int requests) {
      long database = 0;
      for (var process : postgres.entrySet()) {
        Long then = before.postgres.get(process.getKey());
        if (then != null) {
          database += process.getValue() - then;
        }
      }
      return new Use((jvm - before.jvm) / 1e6 / requests, database / 1e6 / requests, (allocated - before.allocated) / 1024.0 / requests);
    }
  }

  record Use(double jvmMs, double postgresMs, double allocatedKib) {
    /** Per request over runs of equally many requests each. */
    static Use mean(List<Use> runs) {
      return new Use(runs.stream().mapToDouble(Use::jvmMs).average().orElseThrow(),
        runs.stream().mapToDouble(Use::postgresMs).average().orElseThrow(),
        runs.stream().mapToDouble(Use::allocatedKib).average().orElseThrow());
    }

    String cells() {
      return String.format(" %.2f | %.2f | %.0f |", jvmMs, postgresMs, allocatedKib);
    }
  }

  private CpuClock() {
  }

  /** Reads on the calling thread, never an event loop: process times come from files. */
  static Reading read(Pool pool) {
    Map<Integer, Long> postgres = new HashMap<>();
    for (Row row : awaitLong(pool.query("SELECT pid FROM pg_stat_activity").execute())) {
      int pid = row.getInteger(0);
      ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
        .ifPresent(used -> postgres.put(pid, used.toNanos()));
    }
    long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    long allocated = ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    return new Reading(jvm, postgres, allocated);
  }
}
