package eu.urbis.forum;

import eu.urbis.auth.Authenticator;
import eu.urbis.auth.UserLimits;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import eu.urbis.http.JsonBody;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

import static eu.urbis.http.Reply.created;
import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

/** The forum for signed-in users; only the theme taxonomy is public. */
public final class ForumRoutes {
  private final ForumService forum;
  private final PostService posts;
  private final ReadService reads;
  private final UserLimits limits;

  public ForumRoutes(ForumService forum, PostService posts, ReadService reads, UserLimits limits) {
    this.forum = forum;
    this.posts = posts;
    this.reads = reads;
    this.limits = limits;
  }

  public void mount(Router router, JsonBody json, Authenticator authenticated) {
    router.get("/api/themes").handler(ok(this::themes));
    router.get("/api/emoji").handler(ok(this::emoji));
    router.get("/api/boards").handler(authenticated).handler(ok(this::boards));
    router.post("/api/boards").handler(authenticated).handler(json).handler(created(this::createBoard));
    router.get("/api/boards/:id").handler(authenticated).handler(ok(this::board));
    router.post("/api/boards/:id/read").handler(authenticated).handler(noContent(ctx -> reads.readBoard(Authenticator.caller(ctx), id(ctx, "board"))));
    router.get("/api/boards/:id/threads").handler(authenticated).handler(ok(this::threads));
    router.post("/api/boards/:id/threads").handler(authenticated).handler(limits.posting()).handler(json).handler(created(this::startThread));
    router.get("/api/threads/:id").handler(authenticated).handler(ok(this::thread));
    router.patch("/api/threads/:id").handler(authenticated).handler(limits.editing()).handler(json).handler(ok(this::changeThread));
    router.get("/api/threads/:id/posts").handler(authenticated).handler(ok(this::posts));
    router.post("/api/threads/:id/read").handler(authenticated).handler(json)
      .handler(noContent(ctx -> reads.read(Authenticator.caller(ctx), ReadMark.from(ctx.pathParam("id"), JsonBody.of(ctx)))));
    router.post("/api/threads/:id/posts").handler(authenticated).handler(limits.posting()).handler(json).handler(created(this::reply));
    router.get("/api/posts/:id").handler(authenticated).handler(ok(this::post));
    router.patch("/api/posts/:id").handler(authenticated).handler(limits.editing()).handler(json).handler(ok(this::edit));
    router.delete("/api/posts/:id").handler(authenticated).handler(noContent(this::delete));
    router.get("/api/posts/:id/history").handler(authenticated).handler(ok(this::history));
    router.get("/api/posts/:id/reactions").handler(authenticated).handler(ok(this::reactors));
    router.put("/api/posts/:id/reactions/:emoji").handler(authenticated).handler(noContent(this::react));
    router.delete("/api/posts/:id/reactions/:emoji").handler(authenticated).handler(noContent(this::unreact));
  }

  private Future<JsonObject> themes(RoutingContext ctx) {
    return forum.themes().map(all -> Page.items(all, Theme::toJson));
  }

  private Future<JsonObject> emoji(RoutingContext ctx) {
    return Future.succeededFuture(Page.items(Emoji.ALL, Emoji::toJson));
  }

  /** Each board with how many of its threads have posts the caller has not read, and the caller's level on it. */
  private Future<JsonObject> boards(RoutingContext ctx) {
    return forum.boards().compose(all -> reads.boardsToJson(Authenticator.caller(ctx), all))
      .map(items -> new JsonObject().put("items", new JsonArray(items)));
  }

  private Future<JsonObject> createBoard(RoutingContext ctx) {
    return forum.createBoard(Authenticator.caller(ctx), NewBoard.from(JsonBody.of(ctx))).map(Board::toJson);
  }

  private Future<JsonObject> board(RoutingContext ctx) {
    return forum.board(id(ctx, "board")).compose(board -> reads.boardsToJson(Authenticator.caller(ctx), List.of(board)))
      .map(one -> one.get(0));
  }

  /** A page of threads, each with the caller's unread count and watch level, from one query for the whole page. */
  private Future<JsonObject> threads(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return forum.threads(id(ctx, "board"), PageRequest.from(ctx), ThreadFilter.from(ctx.queryParams().get("tag"), ctx.queryParams().get("kind")))
      .compose(page -> reads.toJson(caller, page.items())
        .map(items -> new JsonObject().put("items", new JsonArray(items)).put("next", page.next())));
  }

  private Future<JsonObject> startThread(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return forum.startThread(caller, id(ctx, "board"), ThreadDraft.from(JsonBody.of(ctx))).map(started -> started.toJson(caller));
  }

  private Future<JsonObject> thread(RoutingContext ctx) {
    return forum.thread(id(ctx, "thread")).compose(thread -> reads.toJson(Authenticator.caller(ctx), List.of(thread)))
      .map(one -> one.get(0));
  }

  private Future<JsonObject> changeThread(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return forum.change(caller, id(ctx, "thread"), ThreadChange.from(JsonBody.of(ctx))).map(thread -> thread.toJson(caller));
  }

  private Future<JsonObject> posts(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return posts.page(caller, id(ctx, "thread"), PageRequest.from(ctx), firstUnread(ctx)).map(page -> page.toJson(post -> post.toJson(caller)));
  }

  /** {@code ?around=firstUnread} is the one place a page of posts may start at besides a cursor. */
  private static boolean firstUnread(RoutingContext ctx) {
    String around = ctx.queryParams().get("around");
    if (around != null && !around.equals("firstUnread")) {
      Input in = Input.of(new JsonObject());
      in.reject("around", FieldCode.ONE_OF, new JsonObject().put("allowed", "firstUnread"), "must be firstUnread");
      in.validate();
    }
    return around != null;
  }

  private Future<JsonObject> reply(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return posts.reply(caller, NewReply.from(ctx.pathParam("id"), JsonBody.of(ctx))).map(post -> post.toJson(caller));
  }

  private Future<JsonObject> post(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return posts.post(caller, id(ctx, "post")).map(post -> post.toJson(caller));
  }

  private Future<JsonObject> edit(RoutingContext ctx) {
    User caller = Authenticator.caller(ctx);
    return posts.edit(caller, PostEdit.from(ctx.pathParam("id"), JsonBody.of(ctx))).map(post -> post.toJson(caller));
  }

  private Future<Void> delete(RoutingContext ctx) {
    return posts.delete(Authenticator.caller(ctx), PostRemoval.from(ctx.pathParam("id"), ctx.queryParams().get("reason")));
  }

  private Future<JsonObject> history(RoutingContext ctx) {
    return posts.history(Authenticator.caller(ctx), id(ctx, "post")).map(all -> Page.items(all, Revision::toJson));
  }

  private Future<JsonObject> reactors(RoutingContext ctx) {
    return posts.reactors(Authenticator.caller(ctx), id(ctx, "post")).map(Reactor::grouped);
  }

  private Future<Void> react(RoutingContext ctx) {
    return posts.react(Authenticator.caller(ctx), reaction(ctx));
  }

  private Future<Void> unreact(RoutingContext ctx) {
    return posts.unreact(Authenticator.caller(ctx), reaction(ctx));
  }

  private static PostReaction reaction(RoutingContext ctx) {
    return PostReaction.from(ctx.pathParam("id"), ctx.pathParam("emoji"));
  }

  /** The path's {@code :id}; one that is not a number names nothing, so it is a 404. */
  private static long id(RoutingContext ctx, String what) {
    return PathIds.parse(ctx.pathParam("id"), what);
  }
}
