package eu.urbis.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the files under a class-path folder (the UI's webroot/, the webjars) on a wildcard route. A file is read
 * once on a worker and then answered from memory: Vert.x's static handler resolves class-path files on the event
 * loop, and unpacking them from their jars held the loops for 100+ ms while a browser loaded its modules.
 */
public final class ClasspathFiles implements Handler<RoutingContext> {
  private static final Map<String, String> TYPES = Map.of(
    "js", "text/javascript; charset=utf-8",
    "mjs", "text/javascript; charset=utf-8",
    "css", "text/css; charset=utf-8",
    "html", "text/html; charset=utf-8",
    "json", "application/json",
    "map", "application/json",
    "png", "image/png",
    "svg", "image/svg+xml",
    "webmanifest", "application/manifest+json",
    "ico", "image/x-icon");

  private final String root;
  private final String cacheControl;
  private final Map<String, Buffer> files = new ConcurrentHashMap<>();

  /** @param cacheControl "no-cache" for files that change with a release, a long max-age for versioned paths */
  public ClasspathFiles(String root, String cacheControl) {
    this.root = root;
    this.cacheControl = cacheControl;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.pathParam("*");
    String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
    if (type == null || path.contains("..") || path.contains("\\") || path.startsWith("/")) {
      ctx.next();
      return;
    }
    Buffer known = files.get(path);
    if (known != null) {
      send(ctx, type, known);
      return;
    }
    ctx.vertx().executeBlocking(() -> read(root + "/" + path))
      .onSuccess(found -> found.ifPresentOrElse(file -> {
        files.put(path, file);
        send(ctx, type, file);
      }, ctx::next))
      .onFailure(ctx::fail);
  }

  private void send(RoutingContext ctx, String type, Buffer file) {
    ctx.response()
      .putHeader("Content-Type", type)
      .putHeader("Cache-Control", cacheControl)
      .end(file);
  }

  private static Optional<Buffer> read(String resource) {
    try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
