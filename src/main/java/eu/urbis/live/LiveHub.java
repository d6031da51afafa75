package eu.urbis.live;

import eu.urbis.auth.Authenticator;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The authenticated sockets of one process, built once in {@code app/Services}: the features that take frames
 * (registered before the first socket), every open socket (so shutdown can say 1001 to each), and the per-user
 * channel ({@link #users()}). Each HTTP verticle asks it for a {@link LiveEndpoint} of its own event loop.
 */
public final class LiveHub {
  private final Vertx vertx;
  private final Pool pool;
  private final LiveConfig config;
  private final Authenticator authenticator;
  private final UserRepository users;
  private final Clock clock;
  private final LiveUsers channel;
  private final Counter slowConsumerCutOffs;
  private final List<SocketFeature> features = new CopyOnWriteArrayList<>();
  private final Set<LiveConnection> open = ConcurrentHashMap.newKeySet();

  public LiveHub(Vertx vertx, Pool pool, LiveConfig config, Authenticator authenticator, UserRepository users,
                 MeterRegistry registry, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.config = config;
    this.authenticator = authenticator;
    this.users = users;
    this.clock = clock;
    this.channel = new LiveUsers(vertx);
    this.slowConsumerCutOffs = Counter.builder("urbis.chat.slow.consumer.disconnects")
      .description("sockets closed because their write queue stayed full").register(registry);
  }

  /** Adds a feature's frames; a frame type already taken is a wiring mistake. */
  public LiveHub plug(SocketFeature feature) {
    for (SocketFeature existing : features) {
      if (existing.frameTypes().stream().anyMatch(feature.frameTypes()::contains)) {
        throw new IllegalArgumentException("frame types taken twice: " + feature.frameTypes());
      }
    }
    features.add(feature);
    return this;
  }

  /** Pushes user events to every open socket of a user. */
  public LiveUsers users() {
    return channel;
  }

  public LiveEndpoint endpoint() {
    return new LiveEndpoint(this, vertx);
  }

  /** Server going away: every open socket is told 1001, on its own event loop. */
  public Future<Void> closeAll() {
    return Future.join(open.stream().map(LiveConnection::goAway).toList()).mapEmpty();
  }

  public int openSockets() {
    return open.size();
  }

  /** The users with at least one signed-in socket open on this node. */
  public Set<String> onlineUserIds() {
    Set<String> online = new java.util.HashSet<>();
    for (LiveConnection connection : open) {
      User user = connection.user();
      if (user != null) {
        online.add(user.id());
      }
    }
    return online;
  }

  void opened(LiveConnection connection) {
    open.add(connection);
  }

  void closed(LiveConnection connection) {
    open.remove(connection);
  }

  void slowConsumerCutOff() {
    slowConsumerCutOffs.increment();
  }

  Future<Optional<User>> freshUser(String userId) {
    return users.findById(pool, Long.parseLong(userId));
  }

  List<SocketFeature> features() {
    return features;
  }

  Vertx vertx() {
    return vertx;
  }

  LiveConfig config() {
    return config;
  }

  Authenticator authenticator() {
    return authenticator;
  }

  Clock clock() {
    return clock;
  }
}
