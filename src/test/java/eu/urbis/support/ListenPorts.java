package eu.urbis.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers a test starts to listen on. {@code new ServerSocket(0)} hands out a port of the kernel's
 * ephemeral range, where every outgoing connection (to the database, between cluster nodes) also takes its local
 * port, so between that check and the server's own bind such a connection could take it ("Port is already in use").
 * These come from below that range, checked bindable, and never twice in one JVM.
 */
final class ListenPorts {
  private static final int LOWEST = 20_000;
  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  private static final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

  private ListenPorts() {
  }

  static int free() {
    int ceiling = ephemeralStart();
    for (int attempt = 0; attempt < 500; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(LOWEST, ceiling);
      if (!handedOut.contains(port) && bindable(port) && handedOut.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port to listen on between " + LOWEST + " and " + ceiling);
  }

  /** Where the ephemeral range starts (Linux says it in /proc; elsewhere the IANA range's start). */
  private static int ephemeralStart() {
    try {
      int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
      return start > LOWEST + 1_000 ? start : 49_152;
    } catch (IOException | RuntimeException notLinux) {
      return 49_152;
    }
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
