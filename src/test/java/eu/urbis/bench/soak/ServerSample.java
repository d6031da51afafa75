package eu.urbis.bench.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One look at the server, taken every minute: its heap right after a full collection and its open connections. */
record ServerSample(int minute, long heapAfterGcBytes, int connections) {
  /** Established TCP connections whose local port is the server's, read from the kernel's tables (Linux). */
  static int establishedConnections(int port) throws IOException {
    String localPort = String.format(Locale.ROOT, ":%04X", port);
    int count = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.trim().split("\\s+");
        // columns: sl, local_address, rem_address, st (01 = ESTABLISHED), ...
        if (columns.length > 3 && columns[1].endsWith(localPort) && columns[3].equals("01")) {
          count++;
        }
      }
    }
    return count;
  }

  String row() {
    return String.format(Locale.ROOT, "| %d | %.1f | %d |", minute, heapAfterGcBytes / 1024.0 / 1024.0, connections);
  }
}
