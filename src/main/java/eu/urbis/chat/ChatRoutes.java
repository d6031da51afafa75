package eu.urbis.chat;

import eu.urbis.auth.Authenticator;
import eu.urbis.auth.UserLimits;
import eu.urbis.http.JsonBody;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

import static eu.urbis.http.Reply.created;
import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

public final class ChatRoutes {
  private final ChatService rooms;
  private final Mutes mutes;
  private final UserLimits limits;

  ChatRoutes(ChatService rooms, Mutes mutes, UserLimits limits) {
    this.rooms = rooms;
    this.mutes = mutes;
    this.limits = limits;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/chat/rooms").handler(authenticated).handler(ok(this::list));
    router.post("/api/chat/rooms").handler(authenticated).handler(limits.creatingRooms()).handler(json).handler(created(this::create));
    router.get("/api/chat/rooms/:id/messages").handler(authenticated).handler(ok(this::history));
    router.post("/api/chat/rooms/:id/mutes").handler(authenticated).handler(json).handler(noContent(this::mute));
    router.delete("/api/chat/rooms/:id/mutes/:userId").handler(authenticated).handler(noContent(this::unmute));
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    return rooms.rooms(Authenticator.caller(ctx)).map(found -> Page.items(found, Room::toJson));
  }

  private Future<JsonObject> create(RoutingContext ctx) {
    return rooms.create(Authenticator.caller(ctx), JsonBody.of(ctx)).map(Room::toJson);
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

  private Future<Void> mute(RoutingContext ctx) {
    return mutes.mute(Authenticator.caller(ctx), ctx.pathParam("id"), JsonBody.of(ctx));
  }

  private Future<Void> unmute(RoutingContext ctx) {
    return mutes.unmute(Authenticator.caller(ctx), ctx.pathParam("id"), ctx.pathParam("userId"));
  }
}
