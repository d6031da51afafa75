package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Authenticator;
import eu.urbis.bus.Addresses;
import eu.urbis.content.ContentRenderer;
import eu.urbis.files.Attachments;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat feature of one process, built once in {@link eu.urbis.app.Services}: its services, the room shards,
 * presence, and every open socket (so shutdown can say 1001 to each). Each HTTP verticle asks it for an
 * {@link ChatEndpoint} of its own event loop.
 */
public final class ChatHub {
  private final Vertx vertx;
  private final Pool pool;
  private final ChatConfig config;
  private final Authenticator authenticator;
  private final UserRepository users;
  private final Clock clock;
  private final ChatService rooms;
  private final MessageService messages;
  private final ChatShards shards;
  private final ChatRoutes routes;
  private final MessageReports reports;
  private final Mutes mutes;
  private final ChatMetrics metrics;
  private final Presence presence = new Presence();
  private final Set<ChatConnection> open = ConcurrentHashMap.newKeySet();

  public ChatHub(Vertx vertx, Pool pool, ChatConfig config, Authenticator authenticator, UserRepository users,
                 ContentRenderer content, AuditLog audit, MeterRegistry registry, Clock clock, Attachments attachments) {
    this.vertx = vertx;
    this.pool = pool;
    this.config = config;
    this.authenticator = authenticator;
    this.users = users;
    this.clock = clock;
    ChatRepository repository = new ChatRepository();
    this.mutes = new Mutes(vertx, pool, repository, audit, clock);
    this.rooms = new ChatService(pool, repository, mutes);
    this.metrics = new ChatMetrics(registry);
    this.shards = new ChatShards(pool, repository, config.maxBatch(), metrics);
    this.messages = new MessageService(vertx, pool, repository, shards, mutes, content, audit, config, attachments);
    this.reports = new MessageReports(repository, messages);
    this.routes = new ChatRoutes(rooms, mutes);
    vertx.eventBus().registerDefaultCodec(RoomEvent.class, new RoomEvent.Codec());
    // every node answers a joiner elsewhere with the users it has online in that room
    vertx.eventBus().<JsonObject>consumer(Addresses.CHAT_ROSTER_QUESTION, question -> presence
      .online(question.body().getLong("room"))
      .forEach(user -> vertx.eventBus().send(question.body().getString("replyTo"), user.toJson())));
  }

  ChatMetrics metrics() {
    return metrics;
  }

  Clock clock() {
    return clock;
  }

  /** Chat messages as targets of the moderators' report queue. */
  public ReportTarget reports() {
    return reports;
  }

  /** Closes every socket of that user on every node, e.g. with 4403 when a moderator suspends them. */
  public static void closeUserSockets(Vertx vertx, String userId, int code, String reason) {
    vertx.eventBus().publish(Addresses.user(userId), new JsonObject().put("close", code).put("reason", reason));
  }

  /** Server going away: every open socket is told 1001, on its own event loop. */
  public Future<Void> closeAll() {
    List<Future<Void>> closing = open.stream().map(ChatConnection::goAway).toList();
    return Future.join(closing).mapEmpty();
  }

  public ChatEndpoint endpoint() {
    return new ChatEndpoint(this, vertx);
  }

  public ChatShards shards() {
    return shards;
  }

  public ChatRoutes routes() {
    return routes;
  }

  public int openSockets() {
    return open.size();
  }

  void opened(ChatConnection connection) {
    open.add(connection);
  }

  void closed(ChatConnection connection) {
    open.remove(connection);
  }

  void publish(RoomEvent event) {
    vertx.eventBus().publish(Addresses.room(Long.toString(event.room())), event);
  }

  Future<Optional<User>> freshUser(String userId) {
    return users.findById(pool, Long.parseLong(userId));
  }

  Vertx vertx() {
    return vertx;
  }

  ChatConfig config() {
    return config;
  }

  Authenticator authenticator() {
    return authenticator;
  }

  ChatService rooms() {
    return rooms;
  }

  MessageService messages() {
    return messages;
  }

  Mutes mutes() {
    return mutes;
  }

  Presence presence() {
    return presence;
  }
}
