package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.UserLimits;
import eu.urbis.bus.Addresses;
import eu.urbis.content.ContentRenderer;
import eu.urbis.files.Attachments;
import eu.urbis.http.RateCounts;
import eu.urbis.http.RateLimiter;
import eu.urbis.live.LiveUsers;
import eu.urbis.live.SocketFeature;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import eu.urbis.user.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.time.Clock;

/**
 * The chat feature of one process, built once in {@link eu.urbis.app.Services}: its services, the room shards,
 * presence, and its frames on the socket layer ({@link #sockets()}).
 */
public final class ChatHub {
  private final Vertx vertx;
  private final ChatService rooms;
  private final MessageService messages;
  private final ChatShards shards;
  private final ChatRoutes routes;
  private final MessageReports reports;
  private final Mutes mutes;
  private final ChatMetrics metrics;
  private final RateLimiter joins;
  private final MessageRetention retention;
  private final Presence presence = new Presence();

  public ChatHub(Vertx vertx, Pool pool, ChatConfig config, ContentRenderer content, AuditLog audit, MeterRegistry registry,
                 Clock clock, RateCounts rateCounts, UserLimits limits, Attachments attachments) {
    this.vertx = vertx;
    ChatRepository repository = new ChatRepository();
    RoomNotices notices = new RoomNotices(vertx, pool, repository, new UserRepository(), new LiveUsers(vertx), clock);
    this.mutes = new Mutes(vertx, pool, repository, audit, clock, notices);
    this.rooms = new ChatService(pool, repository, mutes, notices);
    this.metrics = new ChatMetrics(registry);
    this.shards = new ChatShards(pool, repository, config.maxBatch(), metrics);
    this.messages = new MessageService(vertx, pool, repository, shards, mutes, content, audit, config, rateCounts, limits.edits(), attachments);
    this.reports = new MessageReports(repository, messages);
    this.routes = new ChatRoutes(rooms, new MemberService(pool, repository, rooms, notices, audit),
      new RoomSettings(pool, repository, rooms, audit), mutes, clock, limits);
    this.retention = new MessageRetention(vertx, pool, clock);
    this.joins = limits.chatJoins();
    vertx.eventBus().registerDefaultCodec(RoomEvent.class, new RoomEvent.Codec());
    // every node answers a joiner elsewhere with the users it has online in that room
    vertx.eventBus().<JsonObject>consumer(Addresses.CHAT_ROSTER_QUESTION, question -> presence
      .online(question.body().getLong("room"))
      .forEach(user -> vertx.eventBus().send(question.body().getString("replyTo"), user.toJson())));
  }

  ChatMetrics metrics() {
    return metrics;
  }

  /** Chat messages as targets of the moderators' report queue. */
  public ReportTarget reports() {
    return reports;
  }

  /** Chat's frames on /ws, plugged into the socket layer. */
  public SocketFeature sockets() {
    return new ChatSockets(this);
  }

  public ChatShards shards() {
    return shards;
  }

  /** Deletes messages past their room's retention; {@link eu.urbis.app.UrbisApp} schedules it. */
  public MessageRetention retention() {
    return retention;
  }

  /** Posts {@code body} in {@code room} in {@code author}'s name, for another feature (see {@link MessageService#notice}). */
  public Future<ChatMessage> postNotice(User author, long room, String clientId, String body) {
    return messages.notice(author, room, clientId, body);
  }

  public ChatRoutes routes() {
    return routes;
  }

  void publish(RoomEvent event) {
    vertx.eventBus().publish(Addresses.room(Long.toString(event.room())), event);
  }

  Vertx vertx() {
    return vertx;
  }

  public ChatService rooms() {
    return rooms;
  }

  MessageService messages() {
    return messages;
  }

  Mutes mutes() {
    return mutes;
  }

  /** Chat joins per user, shared by the cluster. */
  RateLimiter joins() {
    return joins;
  }

  Presence presence() {
    return presence;
  }
}
