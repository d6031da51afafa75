package eu.urbis.forum;

import eu.urbis.support.Api;
import eu.urbis.support.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Forum steps for tests, each asserting that it worked: boards, threads, replies, users in a chosen city. */
public final class ForumApi {
  private static final AtomicInteger names = new AtomicInteger();

  private final Api api;

  public ForumApi(Api api) {
    this.api = api;
  }

  /** A new board made by the bootstrap admin; answers its id. */
  public String board(String policy) {
    String slug = "board-" + names.incrementAndGet();
    HttpResponse<Buffer> response = api.post("/api/boards", new JsonObject()
      .put("slug", slug).put("name", "Board " + slug).put("description", "For tests").put("postPolicy", policy), api.adminToken());
    return created(response).getString("id");
  }

  /** Answers {@code {"thread", "post"}}. */
  public JsonObject startThread(String token, String boardId, String title, String body) {
    return startThread(token, boardId, new JsonObject().put("title", title).put("body", body));
  }

  public JsonObject startThread(String token, String boardId, JsonObject draft) {
    return created(api.post("/api/boards/" + boardId + "/threads", draft, token));
  }

  public JsonObject reply(String token, String threadId, String body, String parentId) {
    return created(api.post("/api/threads/" + threadId + "/posts", new JsonObject().put("body", body).put("parentId", parentId), token));
  }

  public JsonObject thread(String token, String threadId) {
    return ok(api.get("/api/threads/" + threadId, token));
  }

  /** A new member of {@code cityId}; answers the session (token, user). */
  public JsonObject memberIn(String prefix, String cityId) {
    String username = (prefix + "-" + names.incrementAndGet()).toLowerCase();
    return created(api.post("/api/auth/register", new JsonObject()
      .put("username", username)
      .put("password", TestServer.PASSWORD)
      .put("displayName", prefix)
      .put("cityId", cityId)));
  }

  public static JsonObject ok(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  public static JsonObject created(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  public static JsonArray items(HttpResponse<Buffer> response) {
    return ok(response).getJsonArray("items");
  }
}
