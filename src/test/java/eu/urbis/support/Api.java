package eu.urbis.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A real HTTP client for black-box tests: each call waits for the response on the test thread. */
public final class Api {
  private static final AtomicInteger names = new AtomicInteger();

  private final Supplier<WebClient> client;

  Api(Vertx vertx, int port) {
    WebClient created = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port));
    this.client = () -> created;
  }

  private Api(Supplier<WebClient> client) {
    this.client = client;
  }

  /** The client of whichever server {@code server} resolves to when a request is made. */
  static Api of(RunningServer server) {
    return new Api(() -> server.server().api().client.get());
  }

  public HttpResponse<Buffer> get(String path, String token) {
    return await(request(HttpMethod.GET, path, token).send());
  }

  public HttpResponse<Buffer> get(String path) {
    return get(path, null);
  }

  public HttpResponse<Buffer> post(String path, JsonObject body, String token) {
    return await(request(HttpMethod.POST, path, token).sendJsonObject(body));
  }

  public HttpResponse<Buffer> post(String path, JsonObject body) {
    return post(path, body, null);
  }

  public HttpResponse<Buffer> patch(String path, JsonObject body, String token) {
    return await(request(HttpMethod.PATCH, path, token).sendJsonObject(body));
  }

  public HttpResponse<Buffer> put(String path, JsonObject body, String token) {
    return await(request(HttpMethod.PUT, path, token).sendJsonObject(body));
  }

  public HttpResponse<Buffer> put(String path, String token) {
    return await(request(HttpMethod.PUT, path, token).send());
  }

  public HttpResponse<Buffer> delete(String path, String token) {
    return await(request(HttpMethod.DELETE, path, token).send());
  }

  /** Any method, raw body and content type: for malformed requests. */
  public HttpResponse<Buffer> raw(HttpMethod method, String path, String contentType, Buffer body, String token) {
    HttpRequest<Buffer> request = request(method, path, token);
    if (contentType != null) {
      request.putHeader("Content-Type", contentType);
    }
    return await(body == null ? request.send() : request.sendBuffer(body));
  }

  /** Registers a new member with a unique username and answers the session JSON (token, refreshToken, user). */
  public JsonObject newMember(String prefix) {
    String username = (prefix + "-" + names.incrementAndGet()).toLowerCase();
    HttpResponse<Buffer> response = post("/api/auth/register", new JsonObject()
      .put("username", username)
      .put("password", TestServer.PASSWORD)
      .put("displayName", prefix + " " + names.get())
      .put("cityId", "gabrovo"));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  public JsonObject login(String username) {
    HttpResponse<Buffer> response = post("/api/auth/login", new JsonObject().put("username", username).put("password", TestServer.PASSWORD));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  public String adminToken() {
    return login(TestServer.ADMIN).getString("token");
  }

  /** A new user given {@code role} by the bootstrap admin; answers a fresh session with that role. */
  public JsonObject newUserWithRole(String prefix, String role) {
    JsonObject session = newMember(prefix);
    String id = session.getJsonObject("user").getString("id");
    HttpResponse<Buffer> promoted = patch("/api/users/" + id, new JsonObject().put("role", role), adminToken());
    assertThat(promoted.statusCode()).as(promoted.bodyAsString()).isEqualTo(200);
    return login(session.getJsonObject("user").getString("username"));
  }

  private HttpRequest<Buffer> request(HttpMethod method, String path, String token) {
    HttpRequest<Buffer> request = client.get().request(method, path);
    if (token != null) {
      request.bearerTokenAuthentication(token);
    }
    return request;
  }
}
