package eu.urbis.ops;

import java.util.List;

/** Several nodes sharing one PostgreSQL, their event buses joined over Hazelcast TCP/IP ({@code members}: host:port). */
public record ClusterConfig(boolean enabled, String host, int port, List<String> members) {
}
