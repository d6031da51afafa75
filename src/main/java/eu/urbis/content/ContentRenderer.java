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

  private final Flavour post;
  private final Flavour chat;

  /** No remote images: each becomes a link to its address. */
  public ContentRenderer() {
    this(Set.of());
  }

  /** @param imageHosts the hosts whose https images posts may embed (lower case); chat shows no images at all */
  public ContentRenderer(Set<String> imageHosts) {
    this.post = new Flavour(Parser.builder().extensions(GFM).build(), GFM, HtmlPolicies.POST, "\n", imageHosts, true);
    // chat has no quotes or lists: nothing in it nests deeply, and a line of ">" is just text;
    // a chat line break is meant as one (Shift+Enter), not as markdown's soft wrap
    this.chat = new Flavour(Parser.builder().extensions(LITE).enabledBlockTypes(Set.of(FencedCodeBlock.class)).build(), LITE,
      HtmlPolicies.CHAT, "<br>\n", imageHosts, false);
  }

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
    private final Set<String> imageHosts;
    private final boolean nests;

    Flavour(Parser parser, List<Extension> extensions, PolicyFactory policy, String softBreak, Set<String> imageHosts, boolean nests) {
      this.imageHosts = imageHosts;
      this.nests = nests;
      this.parser = parser;
      this.renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .softbreak(softBreak)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> MENTION_CLASS)
        .build();
      this.policy = policy;
    }

    /** @throws NestingTooDeep for markdown nested deeper than {@link NestingDepth#MAX} */
    Rendered render(String markdown) {
      if (nests) {
        NestingDepth.checkSource(markdown);
      }
      Node document = parser.parse(markdown);
      if (nests) {
        NestingDepth.check(document);
      }
      document.accept(new SafeDestinations(imageHosts));
      Mentions mentions = new Mentions();
      document.accept(mentions);
      return new Rendered(policy.sanitize(renderer.render(document)).strip(), Set.copyOf(mentions.usernames));
    }
  }

  private static final AttributeProvider MENTION_CLASS = (node, tagName, attributes) -> {
    if (node instanceof Link link && link.getDestination().startsWith("#/users/by-name/")) {
      attributes.put("class", "mention");
    }
  };
}
