package eu.urbis.content;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.Set;

/**
 * Markdown source → safe HTML, for forum posts (GFM) and chat messages (markdown-lite). Two locks on one door:
 * the renderer escapes raw HTML and drops unsafe URLs, then the OWASP allow-list policy cleans what it produced.
 * Stateless and thread-safe; rendering is CPU only (a 50,000-character post renders in a few milliseconds).
 */
public final class ContentRenderer {
  private static final List<Extension> GFM = List.of(
    TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
  private static final List<Extension> LITE = List.of(StrikethroughExtension.create(), AutolinkExtension.create());

  private final Flavour post = new Flavour(Parser.builder().extensions(GFM).build(), GFM, HtmlPolicies.POST);
  private final Flavour chat = new Flavour(
    Parser.builder().extensions(LITE).enabledBlockTypes(Set.of(FencedCodeBlock.class)).build(), LITE, HtmlPolicies.CHAT);

  /** What rendering produced: the sanitized HTML and the users it mentions. */
  public record Rendered(String html, Set<String> mentions) {
  }

  public Rendered renderPost(String markdown) {
    return post.render(markdown);
  }

  public Rendered renderChat(String markdown) {
    String paragraph = PlainText.asParagraph(markdown);
    return paragraph != null ? new Rendered(paragraph, Set.of()) : renderChatInFull(markdown);
  }

  /** The whole pipeline, whatever the text: what {@link PlainText} must agree with. */
  Rendered renderChatInFull(String markdown) {
    return chat.render(markdown);
  }

  private static final class Flavour {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    Flavour(Parser parser, List<Extension> extensions, PolicyFactory policy) {
      this.parser = parser;
      this.renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> MENTION_CLASS)
        .build();
      this.policy = policy;
    }

    Rendered render(String markdown) {
      Node document = parser.parse(markdown);
      document.accept(new SafeDestinations());
      Mentions mentions = new Mentions();
      document.accept(mentions);
      return new Rendered(policy.sanitize(renderer.render(document)).strip(), Set.copyOf(mentions.usernames));
    }
  }

  private static final AttributeProvider MENTION_CLASS = (node, tagName, attributes) -> {
    if (node instanceof Link link && link.getDestination().startsWith(Mentions.LINK)) {
      attributes.put("class", "mention");
    }
  };
}
