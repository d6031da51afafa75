package eu.urbis.chat;

import eu.urbis.auth.Authenticator;
import eu.urbis.auth.UserLimits;
import eu.urbis.http.JsonBody;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.user.User;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.util.List;

import static eu.urbis.http.Reply.created;
import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

public final class ChatRoutes {
  private final ChatService rooms;
  private final MemberService members;
  private final RoomSettings settings;
  private final Mutes mutes;
  private final Clock clock;
  private final UserLimits limits;

  ChatRoutes(ChatService rooms, MemberService members, RoomSettings settings, Mutes mutes, Clock clock, UserLimits limits) {
    this.rooms = rooms;
    this.members = members;
    this.settings = settings;
    this.mutes = mutes;
    this.clock = clock;
    this.limits = limits;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/chat/rooms").handler(authenticated).handler(ok(this::list));
    router.post("/api/chat/rooms").handler(authenticated).handler(limits.creatingRooms()).handler(json).handler(created(this::create));
    router.get("/api/chat/rooms/:id").handler(authenticated).handler(ok(this::room));
    router.patch("/api/chat/rooms/:id").handler(authenticated).handler(limits.editing()).handler(json).handler(ok(this::update));
    router.get("/api/chat/rooms/:id/messages").handler(authenticated).handler(ok(this::history));
    router.get("/api/chat/rooms/:id/members").handler(authenticated).handler(ok(this::members));
    router.post("/api/chat/rooms/:id/members").handler(authenticated).handler(json).handler(noContent(this::addMembers));
    router.delete("/api/chat/rooms/:id/members/:userId").handler(authenticated).handler(noContent(this::removeMember));
    router.post("/api/chat/rooms/:id/leave").handler(authenticated).handler(noContent(this::leave));
    router.post("/api/chat/rooms/:id/mutes").handler(authenticated).handler(json).handler(noContent(this::mute));
    router.delete("/api/chat/rooms/:id/mutes/:userId").handler(authenticated).handler(noContent(this::unmute));
    router.get("/api/chat/users/:userId/mutes").handler(authenticated).handler(ok(this::mutesOfUser));
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return rooms.rooms(caller).map(found -> Page.items(found, room -> room.toJson(caller, clock.instant())));
  }

  private Future<JsonObject> create(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return rooms.create(caller, NewRoom.from(JsonBody.of(ctx), caller.numericId())).map(room -> room.toJson(caller, clock.instant()));
  }

  private Future<JsonObject> room(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return rooms.room(caller, ctx.pathParam("id")).map(room -> room.toJson(caller, clock.instant()));
  }

  private Future<JsonObject> update(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return settings.update(caller, ctx.pathParam("id"), RoomChange.from(JsonBody.of(ctx))).map(room -> room.toJson(caller, clock.instant()));
  }

  /** Newest first; {@code next} is the {@code before} that fetches the older page, null on the oldest. */
  private Future<JsonObject> history(RoutingContext ctx) {
    int limit = PageRequest.from(ctx).limit();
    User caller = Authenticator.caller(ctx);
    return rooms.history(caller, ctx.pathParam("id"), ctx.request().getParam("before"), limit)
      .map(history -> {
        List<ChatMessage> found = history.messages();
        List<ChatMessage> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = found.size() > limit ? Long.toString(page.get(page.size() - 1).seq()) : null;
        return Page.items(page, message -> message.toJson(message.can(caller, history.readerMuted()))).put("next", next);
      });
  }

  private Future<JsonObject> members(RoutingContext ctx) {
    return members.members(Authenticator.caller(ctx), ctx.pathParam("id"), PageRequest.from(ctx)).map(page -> page.toJson(UserRef::toJson));
  }

  private Future<Void> addMembers(RoutingContext ctx) {
    return members.add(Authenticator.caller(ctx), ctx.pathParam("id"), NewMembers.from(JsonBody.of(ctx)));
  }

  private Future<Void> removeMember(RoutingContext ctx) {
    return members.remove(Authenticator.caller(ctx), ctx.pathParam("id"), ctx.pathParam("userId"));
  }

  private Future<Void> leave(RoutingContext ctx) {
    return members.leave(Authenticator.caller(ctx), ctx.pathParam("id"));
  }

  private Future<Void> mute(RoutingContext ctx) {
    return mutes.mute(Authenticator.caller(ctx), ctx.pathParam("id"), MuteOrder.from(JsonBody.of(ctx), clock.instant()));
  }

  private Future<Void> unmute(RoutingContext ctx) {
    return mutes.unmute(Authenticator.caller(ctx), ctx.pathParam("id"), ctx.pathParam("userId"));
  }

  private Future<JsonObject> mutesOfUser(RoutingContext ctx) {
    return mutes.ofUser(Authenticator.caller(ctx), ctx.pathParam("userId")).map(found -> Page.items(found, UserMute::toJson));
  }
}
