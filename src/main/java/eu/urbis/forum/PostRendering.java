package eu.urbis.forum;

import eu.urbis.content.ContentRenderer;
import eu.urbis.content.LanguageDetection;
import eu.urbis.content.NestingTooDeep;
import eu.urbis.content.SearchLanguage;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Renders post markdown and tells its language, on a worker: a 50,000-character post renders for milliseconds,
 * and language detection is CPU work of its own.
 */
final class PostRendering {
  private final Vertx vertx;
  private final ContentRenderer renderer;
  private final LanguageDetection languages;

  /** Built on a worker: it loads the language models. */
  PostRendering(Vertx vertx, ContentRenderer renderer) {
    this.vertx = vertx;
    this.renderer = renderer;
    this.languages = LanguageDetection.shared();
  }

  /**
   * Fails with a 400 on {@code body} for markdown nested too deeply to render.
   *
   * @param context text that comes with the post and tells its language too (a new thread's title), or ""
   * @param chosen  the author's choice, or null to detect it
   */
  Future<PostText> render(String markdown, String context, SearchLanguage chosen) {
    return vertx.executeBlocking(() -> renderBlocking(markdown, context, chosen), false)
      .recover(failure -> Future.failedFuture(failure instanceof NestingTooDeep tooDeep
        ? Failure.invalid("body", FieldCode.INVALID, tooDeep.getMessage())
        : failure));
  }

  /** The same, on the caller's thread: for workers only. */
  PostText renderBlocking(String markdown, String context, SearchLanguage chosen) {
    ContentRenderer.Rendered rendered = renderer.renderPost(markdown);
    if (chosen != null) {
      return new PostText(rendered, chosen, true);
    }
    String text = context.isEmpty() ? rendered.text() : context + "\n" + rendered.text();
    return new PostText(rendered, languages.detect(text).orElse(null), false);
  }
}
