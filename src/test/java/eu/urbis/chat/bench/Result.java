package eu.urbis.chat.bench;

import java.util.Locale;

/** What one scenario measured against one target. */
record Result(
  String scenario, String target, int clients, long sent, long acked, long expected, long received, long lost,
  long duplicated, long outOfOrder, long errors, long cutOff, double deliveriesPerSecond,
  double p50, double p99, double max, double ackP50, double ackP99, double ackMax) {

  static String header() {
    return "| scenario | target | clients | sent | acked | expected deliveries | received | lost | duplicated | out of order | errors | sockets closed by the server "
      + "| deliveries/s | p50 ms | p99 ms | max ms | ack p50 ms | ack p99 ms | ack max ms |\n"
      + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  }

  String row() {
    return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |",
      scenario, target, clients, sent, acked, expected, received, lost, duplicated, outOfOrder, errors, cutOff, deliveriesPerSecond,
      p50, p99, max, ackP50, ackP99, ackMax);
  }
}
