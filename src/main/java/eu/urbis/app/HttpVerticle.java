package eu.urbis.app;

import eu.urbis.http.HeaderDeadline;
import eu.urbis.http.InvalidRequests;
import eu.urbis.live.LiveEndpoint;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

/** One instance per event loop; all of them share the listening port and the {@link Services}. */
public final class HttpVerticle extends VerticleBase {
  private final Services services;

  public HttpVerticle(Services services) {
    this.services = services;
  }

  @Override
  public Future<?> start() {
    UrbisConfig.Http http = services.config().http();
    HttpServerOptions options = new HttpServerOptions()
      .setHost(http.host())
      .setPort(http.port())
      // gzip runs on the event loop for every response; the load balancer compresses instead (docs/deploy.md)
      .setCompressionSupported(false)
      // inflating would run on the event loop before any size check (docs/security.md, F1): socket frames stay plain
      .setPerMessageWebSocketCompressionSupported(false)
      .setPerFrameWebSocketCompressionSupported(false)
      .setIdleTimeout(http.idleTimeoutSeconds())
      .setMaxWebSocketFrameSize(LiveEndpoint.MAX_FRAME_BYTES)
      .setMaxWebSocketMessageSize(LiveEndpoint.MAX_FRAME_BYTES);
    LiveEndpoint live = services.live().endpoint();
    Router router = Routing.create(vertx, services);
    HeaderDeadline headers = new HeaderDeadline(vertx, http.headerTimeoutMillis());
    return vertx.createHttpServer(options)
      .connectionHandler(headers::opened)
      .invalidRequestHandler(new InvalidRequests())
      .requestHandler(request -> {
        headers.arrived(request.remoteAddress());
        router.handle(request);
      })
      .webSocketHandshakeHandler(handshake -> {
        headers.arrived(handshake.remoteAddress());
        live.handshake(handshake);
      })
      .webSocketHandler(live::accept)
      .listen()
      .map(HttpServer::actualPort);
  }
}
