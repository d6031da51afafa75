package eu.urbis.bench.soak;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import static eu.urbis.bench.soak.Load.any;

/** The REST side of the soak: people reading and writing the forum, searching, logging in and out, and bad input. */
final class HttpActors {
  private static final IntPredicate WRITTEN_OR_THROTTLED = status -> status < 300 || status == 429;
  private static final IntPredicate CLIENT_ERROR = status -> status >= 400 && status < 500;
  private static final String[] WORDS = {"mobility", "library", "streets", "Bürger", "données", "bicicletas", "open data",
    "procurement", "e-services", "smart", "citizens", "pilot"};

  private final Load load;
  private final WebClient web;
  private final SoakWorld world;
  private final AtomicInteger written = new AtomicInteger();

  HttpActors(Load load, WebClient web, SoakWorld world) {
    this.load = load;
    this.web = web;
    this.world = world;
  }

  /** Opens a board, then one of its threads and that thread's posts, as a reader clicking through. */
  Future<?> readForum(String token) {
    return load.track("GET /api/boards", web.get("/api/boards").bearerTokenAuthentication(token).send())
      .compose(v -> load.track("GET /api/boards/{id}/threads",
        web.get("/api/boards/" + any(world.boards()) + "/threads?limit=20").bearerTokenAuthentication(token).send()))
      .compose(v -> {
        String thread = any(world.threads());
        return load.track("GET /api/threads/{id}", web.get("/api/threads/" + thread).bearerTokenAuthentication(token).send())
          .compose(w -> load.track("GET /api/threads/{id}/posts",
            web.get("/api/threads/" + thread + "/posts?limit=50").bearerTokenAuthentication(token).send()));
      });
  }

  /** Replies to a thread, then edits the reply and reacts to it: the writes a discussion is made of. */
  Future<?> writeForum(String token) {
    String thread = any(world.threads());
    JsonObject reply = new JsonObject().put("body", "Soak reply " + written.incrementAndGet() + " about " + any(List.of(WORDS)));
    return load.track("POST /api/threads/{id}/posts", WRITTEN_OR_THROTTLED,
        web.post("/api/threads/" + thread + "/posts").bearerTokenAuthentication(token).sendJsonObject(reply))
      .compose(created -> {
        if (created.statusCode() != 201) {
          return Future.succeededFuture();
        }
        String post = created.bodyAsJsonObject().getString("id");
        return load.track("PATCH /api/posts/{id}", WRITTEN_OR_THROTTLED,
            web.patch("/api/posts/" + post).bearerTokenAuthentication(token).sendJsonObject(reply.copy().put("body", reply.getString("body") + ", edited")))
          .compose(v -> load.track("PUT /api/posts/{id}/reactions/{emoji}", WRITTEN_OR_THROTTLED,
            web.put("/api/posts/" + post + "/reactions/+1").bearerTokenAuthentication(token).send()));
      });
  }

  Future<?> search(String token) {
    String query = URLEncoder.encode(WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)], StandardCharsets.UTF_8);
    return load.track("GET /api/search", WRITTEN_OR_THROTTLED, web.get("/api/search?q=" + query).bearerTokenAuthentication(token).send());
  }

  /** A full sign-in (the password hash is the expensive part), a look at oneself, and a sign-out. */
  Future<?> logInAndOut(String username, String password) {
    return load.track("POST /api/auth/login", WRITTEN_OR_THROTTLED,
        web.post("/api/auth/login").sendJsonObject(new JsonObject().put("username", username).put("password", password)))
      .compose(session -> {
        if (session.statusCode() != 200) {
          return Future.succeededFuture();
        }
        JsonObject body = session.bodyAsJsonObject();
        return load.track("GET /api/me", web.get("/api/me").bearerTokenAuthentication(body.getString("token")).send())
          .compose(v -> load.track("POST /api/auth/logout",
            web.post("/api/auth/logout").bearerTokenAuthentication(body.getString("token"))
              .sendJsonObject(new JsonObject().put("refreshToken", body.getString("refreshToken")))));
      });
  }

  /** One of the inputs a careless or hostile client sends; each must be a 4xx and change nothing. */
  Future<?> badInput(String token) {
    String thread = any(world.threads());
    String board = any(world.boards());
    return switch (ThreadLocalRandom.current().nextInt(7)) {
      case 0 -> load.track("bad: malformed JSON", CLIENT_ERROR,
        web.post("/api/boards/" + board + "/threads").bearerTokenAuthentication(token).putHeader("Content-Type", "application/json")
          .sendBuffer(Buffer.buffer("{\"title\": ")));
      case 1 -> load.track("bad: empty reply", CLIENT_ERROR,
        web.post("/api/threads/" + thread + "/posts").bearerTokenAuthentication(token).sendJsonObject(new JsonObject().put("body", "")));
      case 2 -> load.track("bad: unknown thread", CLIENT_ERROR, web.get("/api/threads/987654321").bearerTokenAuthentication(token).send());
      case 3 -> load.track("bad: forged cursor", CLIENT_ERROR,
        web.get("/api/boards/" + board + "/threads?cursor=not-a-cursor").bearerTokenAuthentication(token).send());
      case 4 -> load.track("bad: NUL in a body", CLIENT_ERROR,
        web.post("/api/threads/" + thread + "/posts").bearerTokenAuthentication(token).sendJsonObject(new JsonObject().put("body", "a\u0000b")));
      case 5 -> load.track("bad: body over the limit", CLIENT_ERROR,
        web.post("/api/threads/" + thread + "/posts").bearerTokenAuthentication(token)
          .sendJsonObject(new JsonObject().put("body", "x".repeat(1_100_000))));
      default -> load.track("bad: no token", CLIENT_ERROR,
        web.post("/api/reports").sendJsonObject(new JsonObject().put("targetType", "post").put("targetId", new JsonArray())));
    };
  }
}
