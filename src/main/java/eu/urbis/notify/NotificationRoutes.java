package eu.urbis.notify;

import eu.urbis.auth.Authenticator;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.JsonBody;
import eu.urbis.http.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

/** The inbox and watch levels (API.md → Notifications); every route is the caller's own. */
public final class NotificationRoutes {
  private static final int MAX_IDS = 500;

  private final NotificationService notifications;

  NotificationRoutes(NotificationService notifications) {
    this.notifications = notifications;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/notifications").handler(authenticated).handler(ok(this::list));
    router.get("/api/notifications/count").handler(authenticated).handler(ok(this::count));
    router.post("/api/notifications/read").handler(authenticated).handler(json).handler(ok(this::read));
    router.put("/api/threads/:id/watch").handler(authenticated).handler(json).handler(noContent(ctx -> watch(ctx, "thread")));
    router.put("/api/boards/:id/watch").handler(authenticated).handler(json).handler(noContent(ctx -> watch(ctx, "board")));
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    PageRequest page = PageRequest.from(ctx);
    Long before = page.first() ? null : cursorId(page.cursor());
    return notifications.list(Authenticator.caller(ctx), filter(ctx), page, before).map(found -> found.toJson(Notification::toJson));
  }

  private static NotificationService.Filter filter(RoutingContext ctx) {
    String kind = ctx.queryParams().get("kind");
    String unread = ctx.queryParams().get("unread");
    Input in = Input.of(new JsonObject());
    Kind wanted = null;
    if (kind != null && !kind.isEmpty()) {
      wanted = Kind.fromWire(kind).orElse(null);
      if (wanted == null) {
        in.reject("kind", FieldCode.UNKNOWN, "is not a notification kind");
      }
    }
    if (unread != null && !unread.equals("true") && !unread.equals("false")) {
      in.reject("unread", FieldCode.WRONG_TYPE, new JsonObject().put("expected", "boolean"), "must be true or false");
    }
    in.validate();
    return new NotificationService.Filter(wanted, "true".equals(unread));
  }

  private static long cursorId(JsonObject cursor) {
    if (!(cursor.getValue("id") instanceof Number id)) {
      throw Failure.invalid("cursor", FieldCode.UNKNOWN, "is not a cursor this server issued");
    }
    return id.longValue();
  }

  private Future<JsonObject> count(RoutingContext ctx) {
    return notifications.unread(Authenticator.caller(ctx)).map(NotificationRoutes::unread);
  }

  private Future<JsonObject> read(RoutingContext ctx) {
    return notifications.markRead(Authenticator.caller(ctx), readRequest(JsonBody.of(ctx))).map(NotificationRoutes::unread);
  }

  /** Exactly one of {@code ids}, {@code upTo} or {@code all: true}. */
  private static NotificationService.ReadRequest readRequest(JsonObject body) {
    Input in = Input.of(body);
    int given = (body.containsKey("ids") ? 1 : 0) + (body.containsKey("upTo") ? 1 : 0) + (body.containsKey("all") ? 1 : 0);
    if (given != 1) {
      in.reject("ids", FieldCode.INVALID, "send exactly one of ids, upTo or all");
      in.validate();
    }
    if (body.containsKey("ids")) {
      Long[] ids = ids(body.getValue("ids"), in);
      in.validate();
      return new NotificationService.ReadRequest.Ids(ids);
    }
    if (body.containsKey("upTo")) {
      Long upTo = id(body.getValue("upTo"));
      if (upTo == null) {
        in.reject("upTo", FieldCode.UNKNOWN, "is not a notification id");
      }
      in.validate();
      return new NotificationService.ReadRequest.UpTo(upTo);
    }
    if (!Boolean.TRUE.equals(body.getValue("all"))) {
      in.reject("all", FieldCode.INVALID, "must be true");
    }
    in.validate();
    return new NotificationService.ReadRequest.All();
  }

  private static Long[] ids(Object raw, Input in) {
    if (!(raw instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_IDS) {
      in.reject("ids", FieldCode.INVALID, "must be a list of 1 to " + MAX_IDS + " notification ids");
      return new Long[0];
    }
    Long[] ids = new Long[array.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = id(array.getValue(i));
      if (ids[i] == null) {
        in.reject("ids", FieldCode.INVALID, "must be a list of 1 to " + MAX_IDS + " notification ids");
        return new Long[0];
      }
    }
    return ids;
  }

  /** Ids are strings on the wire; a number is accepted too. */
  private static Long id(Object raw) {
    if (raw instanceof Integer || raw instanceof Long) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private Future<Void> watch(RoutingContext ctx, String targetType) {
    Input in = Input.of(JsonBody.of(ctx));
    WatchLevel level = in.requiredEnum("level", WatchLevel.class);
    in.validate();
    Long target = id(ctx.pathParam("id"));
    if (target == null) {
      return Future.failedFuture(Failure.notFound("No such " + targetType + "."));
    }
    return notifications.watch(Authenticator.caller(ctx), targetType, target, level);
  }

  private static JsonObject unread(long count) {
    return new JsonObject().put("unread", count);
  }
}
