package eu.urbis.programme;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

import java.util.concurrent.atomic.AtomicInteger;

import static eu.urbis.forum.ForumApi.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Programme steps for tests, each asserting that it worked: people of a city, coordinators, practices and their review. */
public final class ProgrammeApi {
  public static final String PASSWORD = "Quiet-Harbour-42-lantern";
  private static final AtomicInteger names = new AtomicInteger();

  private final Api api;
  private final ForumApi forum;
  private String board;

  public ProgrammeApi(Api api) {
    this.api = api;
    this.forum = new ForumApi(api);
  }

  /** A new member of {@code cityId}: the session (token, user). */
  public JsonObject member(String prefix, String cityId) {
    String username = (prefix + "-" + names.incrementAndGet()).toLowerCase();
    created(api.post("/api/auth/register", new JsonObject()
      .put("username", username).put("password", PASSWORD).put("displayName", prefix + " of " + cityId).put("cityId", cityId)));
    return login(username);
  }

  /** A new user of {@code cityId} given {@code role} by the bootstrap admin: a fresh session with that role. */
  public JsonObject withRole(String prefix, String cityId, String role) {
    JsonObject session = member(prefix, cityId);
    HttpResponse<Buffer> promoted = api.patch("/api/users/" + id(session), new JsonObject().put("role", role), api.adminToken());
    assertThat(promoted.statusCode()).as(promoted.bodyAsString()).isEqualTo(200);
    return login(session.getJsonObject("user").getString("username"));
  }

  /** A new member of {@code cityId} whom the admin names its coordinator. */
  public JsonObject coordinator(String prefix, String cityId) {
    JsonObject session = member(prefix, cityId);
    HttpResponse<Buffer> named = api.put("/api/cities/" + cityId + "/coordinators/" + id(session), api.adminToken());
    assertThat(named.statusCode()).as(named.bodyAsString()).isEqualTo(204);
    return session;
  }

  /** A new practice thread (a draft) by {@code session}, of the session's city: the Thread. */
  public JsonObject practice(JsonObject session, String title) {
    JsonObject draft = new JsonObject().put("title", title).put("body", "How we did it.").put("kind", "practice")
      .put("practice", new JsonObject().put("cityId", session.getJsonObject("user").getString("cityId")).put("theme", "open-data")
        .put("summary", "An open data portal").put("outcomes", "Forty data sets in a year"));
    return forum.startThread(token(session), board(), draft).getJsonObject("thread");
  }

  public HttpResponse<Buffer> transition(JsonObject session, String threadId, JsonObject change) {
    return api.post("/api/practices/" + threadId + "/transitions", change, token(session));
  }

  /** Moves the practice on, asserting success; answers the Thread. */
  public JsonObject moved(JsonObject session, String threadId, JsonObject change) {
    return ForumApi.ok(transition(session, threadId, change));
  }

  /** A practice of the author's city, submitted, claimed and validated as {@code evidence} by the reviewer. */
  public JsonObject validated(JsonObject author, JsonObject reviewer, String evidence) {
    String id = practice(author, "Validated practice " + names.incrementAndGet()).getString("id");
    moved(author, id, to("submitted"));
    moved(reviewer, id, to("in_review"));
    return moved(reviewer, id, to("validated").put("evidence", evidence));
  }

  public static JsonObject to(String status) {
    return new JsonObject().put("to", status);
  }

  public static String token(JsonObject session) {
    return session.getString("token");
  }

  public static String id(JsonObject session) {
    return session.getJsonObject("user").getString("id");
  }

  private JsonObject login(String username) {
    return ForumApi.ok(api.post("/api/auth/login", new JsonObject().put("username", username).put("password", PASSWORD)));
  }

  private String board() {
    if (board == null) {
      board = forum.board("everyone");
    }
    return board;
  }
}
