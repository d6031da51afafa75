package eu.urbis.app;

import eu.urbis.chat.ChatDemoRooms;
import eu.urbis.city.City;
import eu.urbis.city.CityRoster;
import eu.urbis.db.DatabaseUrl;
import eu.urbis.db.EmbeddedDatabase;
import eu.urbis.db.Migrations;
import eu.urbis.db.Pools;
import eu.urbis.forum.ForumDemo;
import eu.urbis.programme.ProgrammeDemo;
import eu.urbis.ops.Metrics;
import eu.urbis.user.Role;
import eu.urbis.user.UserRepository;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The whole server: database (embedded or external) → migrations → city roster → seed accounts →
 * HTTP verticles. {@link Main} runs it; tests run it too, each against a fresh database.
 */
public final class UrbisApp {
  private static final Logger log = LoggerFactory.getLogger(UrbisApp.class);

  private final Metrics metrics = new Metrics();
  private final VertxOptions options;
  private final Clock clock;
  private Vertx vertx;
  private UrbisConfig config;
  private EmbeddedDatabase embedded;
  private Pool pool;
  private Pool searchPool;
  private Services services;
  private List<City> roster;

  /** @param options how to build this server's own Vert.x (clustered when configured); metrics are added to them */
  public UrbisApp(VertxOptions options, UrbisConfig config) {
    this(options, config, Clock.systemUTC());
  }

  /** @param clock the time every time-bound rule is judged by */
  public UrbisApp(VertxOptions options, UrbisConfig config, Clock clock) {
    this.options = options;
    this.config = config;
    this.clock = clock;
  }

  public static VertxOptions vertxOptions() {
    return new VertxOptions().setPreferNativeTransport(true);
  }

  /** This server's Vert.x, once {@link #start()} has created it. */
  public Vertx vertx() {
    return vertx;
  }

  public Future<UrbisApp> start() {
    return metrics.createVertx(options, config.cluster())
      .onSuccess(created -> vertx = created)
      .compose(created -> created.executeBlocking(this::prepareBlocking))
      .compose(v -> listen())
      .compose(v -> seed())
      .compose(v -> deploy())
      .onSuccess(v -> services.forum().reindexing().start())
      .onSuccess(v -> services.files().reclaimer().schedule(config.files().reclaimEvery()))
      .onSuccess(v -> services.chat().retention().schedule(config.chat().retentionEvery()))
      .onSuccess(v -> services.mail().worker().start())
      .onSuccess(v -> services.notifications().ackReminders().schedule())
      .map(this)
      .onFailure(failure -> closeDatabase());
  }

  /**
   * Closes the pool and stops the embedded database. The caller closes {@link #vertx()} afterwards, from its own
   * thread: a Future composed onto a Vert.x that is closing may never call back.
   */
  public Future<Void> stop() {
    if (vertx == null) {
      return Future.succeededFuture();
    }
    Future<Void> socketsClosed = services == null ? Future.succeededFuture()
      : services.mail().worker().stop().eventually(() -> services.live().closeAll());
    Future<Void> closed = socketsClosed
      .eventually(() -> searchPool == null ? Future.succeededFuture() : searchPool.close())
      .eventually(() -> pool == null ? Future.succeededFuture() : pool.close());
    return closed.eventually(() -> vertx.executeBlocking(() -> {
      closeDatabase();
      return null;
    }));
  }

  public UrbisConfig config() {
    return config;
  }

  public Services services() {
    return services;
  }

  /** Search's own pool (see {@link UrbisConfig.Db}). */
  public Pool searchPool() {
    return searchPool;
  }

  /**
   * Blocking start-up work, on a worker: PostgreSQL, Flyway, the roster file, the JWT secret, and building the
   * services (the first use of many classes: loading them is slow enough to stall an event loop).
   */
  private Void prepareBlocking() {
    if (config.jwt().secret() == null) {
      config = config.withJwtSecret(JwtSecrets.loadOrCreate(config.dataDir()));
    }
    DatabaseUrl url;
    if (config.db().embedded()) {
      embedded = EmbeddedDatabase.start(config.dataDir().resolve("pg"));
      url = embedded.url();
    } else {
      url = DatabaseUrl.parse(config.db().url()).withDefaults(config.db().user(), config.db().password());
    }
    int applied = Migrations.apply(url);
    log.info("Database {} ready ({} migrations applied now)", url, applied);
    roster = CityRoster.load();
    pool = Pools.create(vertx, url, "urbis", config.db().pool());
    searchPool = Pools.create(vertx, url, "urbis-search", config.db().searchPool());
    services = Services.create(vertx, pool, searchPool, config, metrics.registry(), clock);
    return null;
  }

  private Future<Void> seed() {
    Future<Void> seeded = services.cities().upsertAll(pool, roster)
      .onSuccess(v -> log.info("City roster loaded: {} cities", roster.size()));
    if (config.bootstrapAdmin() != null) {
      UrbisConfig.AdminAccount admin = config.bootstrapAdmin();
      seeded = seeded.compose(v -> services.auth().ensureAccount(admin.username(), admin.password(), admin.username(), null, Role.ADMIN))
        .onSuccess(created -> log.info(created ? "Admin account '{}' created" : "Admin account '{}' exists; left as it is", admin.username()))
        .mapEmpty();
    }
    if (config.demo()) {
      seeded = seeded.compose(v -> DemoAccounts.ensure(services.auth()))
        .compose(v -> DemoAccounts.giveAddresses(pool))
        .compose(v -> ForumDemo.seed(vertx, pool, services.forum(), new UserRepository()).mapEmpty())
        .compose(v -> ProgrammeDemo.seed(vertx, pool).mapEmpty())
        .compose(v -> ChatDemoRooms.ensure(pool))
        .mapEmpty();
    }
    return seeded;
  }

  /**
   * The listeners that turn events into notifications, on a worker context (see {@code NotificationListeners}),
   * before the demo data and the first request make any event.
   */
  private Future<String> listen() {
    return vertx.deployVerticle(services.notifications().listeners(), new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER));
  }

  private Future<String> deploy() {
    int instances = config.http().instances() > 0 ? config.http().instances() : Runtime.getRuntime().availableProcessors();
    // the chat shards (one per loop, each owning a share of the rooms) are in place before the first socket
    return vertx.deployVerticle(() -> services.chat().shards().verticle(), new DeploymentOptions().setInstances(instances))
      .compose(v -> vertx.deployVerticle(() -> new HttpVerticle(services), new DeploymentOptions().setInstances(instances)));
  }

  private void closeDatabase() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }
}
