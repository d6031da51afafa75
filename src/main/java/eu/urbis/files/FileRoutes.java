package eu.urbis.files;

import eu.urbis.auth.Authenticator;
import eu.urbis.http.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import static eu.urbis.http.Reply.created;
import static eu.urbis.http.Reply.noContent;
import static eu.urbis.http.Reply.ok;

/** Uploading and downloading files; the upload reads its own body, so it is mounted before the router's body handler. */
public final class FileRoutes {
  private final FileService files;
  private final PreviewService previews;
  private final Spool spool;

  FileRoutes(FileService files, PreviewService previews, Spool spool) {
    this.files = files;
    this.previews = previews;
    this.spool = spool;
  }

  /** Must come before the router-wide body handler, which would otherwise read the upload into memory. */
  public void mountUpload(Router router, Authenticator authenticated) {
    router.post("/api/files").handler(FileRoutes::holdBody).handler(authenticated).handler(created(this::upload));
  }

  public void mount(Router router, Authenticator authenticated) {
    router.get("/api/files/:id").handler(authenticated).handler(this::download);
    router.delete("/api/files/:id").handler(authenticated).handler(noContent(ctx -> files.remove(Authenticator.caller(ctx), FileIds.parse(ctx.pathParam("id")))));
    router.get("/api/files/:id/preview").handler(authenticated).handler(this::preview);
    router.get("/api/library").handler(authenticated).handler(ok(this::library));
  }

  /** The authenticator answers later: no part of the body may pass before the upload's handlers are set. */
  private static void holdBody(RoutingContext ctx) {
    ctx.request().pause();
    ctx.next();
  }

  private Future<JsonObject> upload(RoutingContext ctx) {
    return spool.receive(ctx.request())
      .compose(spooled -> files.upload(Authenticator.caller(ctx), spooled).eventually(() -> spool.delete(spooled.path())))
      .map(StoredFile::toJson);
  }

  private Future<JsonObject> library(RoutingContext ctx) {
    PageRequest page = PageRequest.from(ctx);
    return files.library(Authenticator.caller(ctx), LibraryQuery.from(ctx.queryParams(), page), page).map(found -> found.toJson(LibraryEntry::toJson));
  }

  /** The file the path names, if the caller may see it; an id that is not a file id is a 404 like an unknown file. */
  private Future<StoredFile> visible(RoutingContext ctx) {
    return Future.succeededFuture(ctx.pathParam("id")).map(FileIds::parse).compose(id -> files.visible(Authenticator.caller(ctx), id));
  }

  private void download(RoutingContext ctx) {
    visible(ctx)
      .compose(file -> {
        HttpServerResponse response = ctx.response();
        headers(response, file);
        return files.store().copyTo(file.sha256(), file.size(), response).compose(v -> response.end());
      })
      .onFailure(failure -> {
        if (ctx.response().headWritten()) {
          ctx.response().reset();
        } else {
          ctx.fail(failure);
        }
      });
  }

  private void preview(RoutingContext ctx) {
    visible(ctx)
      .compose(previews::preview)
      .onSuccess(png -> ctx.response()
        .putHeader("Content-Type", "image/png")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", "sandbox")
        .putHeader("Cache-Control", "private, max-age=3600")
        .end(png))
      .onFailure(ctx::fail);
  }

  /** Served with its detected type; a sandbox CSP and nosniff so nothing in it runs as this site. */
  static void headers(HttpServerResponse response, StoredFile file) {
    response.putHeader("Content-Type", file.type())
      .putHeader("Content-Length", Long.toString(file.size()))
      .putHeader("Content-Disposition", FileNames.contentDisposition(ContentTypes.inline(file.type()) ? "inline" : "attachment", file.name()))
      .putHeader("X-Content-Type-Options", "nosniff")
      .putHeader("Content-Security-Policy", "sandbox")
      .putHeader("Cache-Control", "private, no-cache");
  }
}
