package eu.urbis.app;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.AuthRoutes;
import eu.urbis.auth.AuthService;
import eu.urbis.auth.Authenticator;
import eu.urbis.auth.Callers;
import eu.urbis.auth.OpenSessions;
import eu.urbis.auth.PasswordHasher;
import eu.urbis.auth.TokenService;
import eu.urbis.auth.UserLimits;
import eu.urbis.chat.ChatHub;
import eu.urbis.city.CityRepository;
import eu.urbis.content.ContentRenderer;
import eu.urbis.files.FileFeature;
import eu.urbis.forum.Forum;
import eu.urbis.forum.PostReports;
import eu.urbis.http.ApiDocs;
import eu.urbis.live.LiveHub;
import eu.urbis.http.ClientAddress;
import eu.urbis.http.IndexPage;
import eu.urbis.http.RateCounts;
import eu.urbis.moderation.ModerationRoutes;
import eu.urbis.notify.Notify;
import eu.urbis.mail.MailFeature;
import eu.urbis.moderation.ReportRoutes;
import eu.urbis.moderation.ReportService;
import eu.urbis.moderation.SuspensionService;
import eu.urbis.ops.ClusterRateCounts;
import eu.urbis.profile.AccountDeletion;
import eu.urbis.profile.DataExport;
import eu.urbis.profile.SettingsChange;
import eu.urbis.profile.UserRoutes;
import eu.urbis.programme.Programme;
import eu.urbis.profile.UserService;
import eu.urbis.search.SearchRepository;
import eu.urbis.search.SearchRoutes;
import eu.urbis.search.SearchService;
import eu.urbis.user.UserRepository;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.time.Clock;
import java.util.List;

/**
 * Every feature's service and routes, built once per process from the pool and the config and shared by all
 * HTTP verticle instances (they hold no per-connection state). Tests build the very same graph.
 */
public record Services(
  Vertx vertx,
  Pool pool,
  UrbisConfig config,
  Authenticator authenticator,
  AuthService auth,
  AuthRoutes authRoutes,
  UserRoutes userRoutes,
  CityRepository cities,
  ContentRenderer content,
  AuditLog audit,
  ModerationRoutes moderationRoutes,
  PrometheusMeterRegistry metrics,
  ClientAddress clientAddress,
  ApiDocs apiDocs,
  IndexPage indexPage,
  Forum forum,
  SearchRoutes searchRoutes,
  ReportRoutes reportRoutes,
  ChatHub chat,
  LiveHub live,
  Notify notifications,
  Programme programme,
  FileFeature files,
  MailFeature mail) {

  /** @param clock judges every time-bound rule (suspensions, mutes, refresh tokens); tests pass one they can move */
  /** @param searchPool search's own connections (see {@link UrbisConfig.Db}) */
  public static Services create(Vertx vertx, Pool pool, Pool searchPool, UrbisConfig config, PrometheusMeterRegistry metrics,
                                Clock clock) {
    UserRepository users = new UserRepository();
    CityRepository cities = new CityRepository();
    AuditLog audit = new AuditLog();
    TokenService tokens = new TokenService(vertx, config.jwt());
    OpenSessions sessions = new OpenSessions(vertx, pool);
    Authenticator authenticator = new Authenticator(tokens, new Callers(vertx, pool, users), sessions, clock);
    RateCounts rateCounts = ClusterRateCounts.of(vertx);
    UserLimits limits = new UserLimits(rateCounts, config.rateLimits());
    AuthService auth = new AuthService(vertx, pool, users, cities, new PasswordHasher(vertx, config.auth().argon2()), tokens,
      sessions, config.auth(), config.jwt(), rateCounts, config.rateLimits(), clock);
    ClientAddress clientAddress = new ClientAddress(config.http().trustedProxies());
    ContentRenderer content = new ContentRenderer(config.content().imageHosts());
    FileFeature files = FileFeature.create(vertx, pool, config.files(), audit);
    Forum forum = Forum.create(vertx, pool, content, audit, limits, files.attachments());
    ChatHub chat = new ChatHub(vertx, pool, config.chat(), content, audit, metrics, clock, rateCounts, limits, files.attachments());
    LiveHub live = new LiveHub(vertx, pool, config.chat().sockets(), authenticator, users, metrics, clock)
      .plug(chat.sockets())
      .plug(forum.sockets());
    return new Services(
      vertx, pool, config, authenticator, auth,
      new AuthRoutes(auth, clientAddress, clock, pool),
      new UserRoutes(new UserService(vertx, pool, users, audit), new DataExport(pool), new AccountDeletion(vertx, pool, auth, audit),
        new SettingsChange(vertx, pool), clock),
      cities,
      content,
      audit,
      new ModerationRoutes(pool, new SuspensionService(vertx, pool, users, audit, clock), audit, clock),
      metrics,
      clientAddress,
      new ApiDocs(),
      new IndexPage(),
      forum,
      new SearchRoutes(new SearchService(searchPool, new SearchRepository()), limits),
      new ReportRoutes(new ReportService(vertx, pool, audit, List.of(new PostReports(forum.posts(), forum.postService()), chat.reports(), files.reports()))),
      chat,
      live,
      Notify.create(vertx, pool, live, config.ackReminders(), clock),
      Programme.create(vertx, pool, forum.threads(), forum.service(), cities, users, chat, audit, clock, config.dashboardMaxAge()),
      files,
      MailFeature.create(vertx, pool, config.mail(), config.jwt().secret(), live, clock));
  }
}
