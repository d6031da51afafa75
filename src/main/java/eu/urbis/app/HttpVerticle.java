package eu.urbis.app;

import eu.urbis.live.LiveEndpoint;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

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
      .setMaxWebSocketFrameSize(LiveEndpoint.MAX_FRAME_BYTES)
      .setMaxWebSocketMessageSize(LiveEndpoint.MAX_FRAME_BYTES);
    LiveEndpoint live = services.live().endpoint();
    return vertx.createHttpServer(options)
      .requestHandler(Routing.create(vertx, services))
      .webSocketHandshakeHandler(live::handshake)
      .webSocketHandler(live::accept)
      .listen()
      .map(HttpServer::actualPort);
  }
}
