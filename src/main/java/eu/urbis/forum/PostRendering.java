package eu.urbis.forum;

import eu.urbis.content.ContentRenderer;
import eu.urbis.content.NestingTooDeep;
import eu.urbis.http.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Renders post markdown; long bodies on a worker, so a 50,000-character post never holds an event loop. */
final class PostRendering {
  /** Below this a render takes well under a millisecond: not worth the hop to a worker. */
  private static final int INLINE_CHARS = 4_000;

  private final Vertx vertx;
  private final ContentRenderer renderer;

  PostRendering(Vertx vertx, ContentRenderer renderer) {
    this.vertx = vertx;
    this.renderer = renderer;
  }

  /** Fails with a 400 on {@code body} for markdown nested too deeply to render. */
  Future<ContentRenderer.Rendered> render(String markdown) {
    return rendered(markdown).recover(failure -> Future.failedFuture(failure instanceof NestingTooDeep tooDeep
      ? ApiException.invalid("body", tooDeep.getMessage())
      : failure));
  }

  private Future<ContentRenderer.Rendered> rendered(String markdown) {
    if (markdown.length() >= INLINE_CHARS) {
      return vertx.executeBlocking(() -> renderer.renderPost(markdown), false);
    }
    try {
      return Future.succeededFuture(renderer.renderPost(markdown));
    } catch (NestingTooDeep tooDeep) {
      return Future.failedFuture(tooDeep);
    }
  }
}
