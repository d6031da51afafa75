package eu.urbis.ops;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Hazelcast for the clustered event bus: the maps Vert.x needs (from vertx-hazelcast's own defaults) plus an
 * explicit TCP/IP member list, since multicast rarely crosses real networks.
 */
final class Clustering {
  private static final String CLUSTER_NAME = "urbis";

  private Clustering() {
  }

  static HazelcastClusterManager clusterManager(ClusterConfig cluster) {
    Config hazelcast = ConfigUtil.loadConfig()
      .setClusterName(CLUSTER_NAME)
      .setProperty("hazelcast.logging.type", "slf4j")
      .setProperty("hazelcast.phone.home.enabled", "false")
      .setProperty("hazelcast.shutdownhook.enabled", "false")
      .setProperty("hazelcast.wait.seconds.before.join", "0");
    NetworkConfig network = hazelcast.getNetworkConfig()
      .setPort(cluster.port())
      .setPortAutoIncrement(false)
      .setPublicAddress(cluster.host() + ":" + cluster.port());
    network.getInterfaces().setEnabled(true).addInterface(cluster.host());
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(cluster.members());
    return new HazelcastClusterManager(hazelcast);
  }
}
