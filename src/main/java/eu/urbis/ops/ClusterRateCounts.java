package eu.urbis.ops;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import eu.urbis.http.LocalRateCounts;
import eu.urbis.http.RateCounts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rate-limit counts in a Hazelcast map of the cluster the event bus already runs on: each addition is one entry
 * processor on the key's partition owner, so concurrent additions from any node are atomic, and the entry expires
 * with its window.
 */
public final class ClusterRateCounts implements RateCounts {
  private static final String MAP = "urbis-rate-counts";

  private final Vertx vertx;
  private final IMap<String, Long> counts;

  private ClusterRateCounts(Vertx vertx, IMap<String, Long> counts) {
    this.vertx = vertx;
    this.counts = counts;
  }

  /** Shared counts when {@code vertx} is clustered over Hazelcast, else this process's own. */
  public static RateCounts of(Vertx vertx) {
    if (vertx instanceof VertxInternal internal && internal.clusterManager() instanceof HazelcastClusterManager hazelcast) {
      return new ClusterRateCounts(vertx, hazelcast.getHazelcastInstance().getMap(MAP));
    }
    return new LocalRateCounts();
  }

  @Override
  public Future<Long> add(String key, long delta, Duration ttl) {
    return Future.fromCompletionStage(counts.submitToKey(key, new Add(delta, ttl.toMillis())), vertx.getOrCreateContext());
  }

  /** Runs where the entry lives; serialized to that member. */
  private record Add(long delta, long ttlMillis) implements EntryProcessor<String, Long, Long>, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Long process(Map.Entry<String, Long> entry) {
      Long count = entry.getValue();
      if (count == null) {
        if (delta != 0) {
          ((ExtendedMapEntry<String, Long>) entry).setValue(delta, ttlMillis, TimeUnit.MILLISECONDS);
        }
        return delta;
      }
      long added = count + delta;
      ((ExtendedMapEntry<String, Long>) entry).setValueWithoutChangingExpiryTime(added);
      return added;
    }
  }
}
