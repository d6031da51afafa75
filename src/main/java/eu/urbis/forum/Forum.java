package eu.urbis.forum;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.UserLimits;
import eu.urbis.content.ContentRenderer;
import eu.urbis.files.Attachments;
import eu.urbis.live.SocketFeature;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * The forum's parts, built once: the routes for the router, the repositories for search and demo seeding, and its
 * live thread pages for the socket layer.
 */
public record Forum(
  ForumRepository threads, PostRepository posts, PostWriter writer, PostRendering rendering, PostService postService, ForumService service, ForumRoutes routes,
  SocketFeature sockets, PostReindexing reindexing) {

  /** Called on the start-up worker: it also renders once, so loading the markdown and sanitizer classes never stalls an event loop. */
  public static Forum create(Vertx vertx, Pool pool, ContentRenderer content, AuditLog audit, UserLimits limits, Attachments attachments) {
    content.renderPost("Warm *up* @urbis https://example.org");
    ForumRepository threads = new ForumRepository();
    PostRepository posts = new PostRepository();
    PostWriter writer = new PostWriter(threads, posts, attachments);
    PostRendering rendering = new PostRendering(vertx, content);
    ForumEvents events = new ForumEvents(vertx, threads);
    ReadRepository reads = new ReadRepository();
    PostService postService = new PostService(pool, threads, posts, writer, rendering, audit, events, reads);
    ForumService service = new ForumService(pool, threads, writer, rendering, audit, events);
    ForumRoutes routes = new ForumRoutes(service, postService, new ReadService(pool, threads, reads), limits);
    return new Forum(threads, posts, writer, rendering, postService, service, routes, new ThreadSockets(pool, threads),
      new PostReindexing(vertx, pool, posts, rendering));
  }
}
