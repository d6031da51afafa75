package eu.urbis.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * What HTML may reach a browser. Everything the markdown renderer produces passes one of these allow-lists;
 * anything else (scripts, styles, frames, SVG, event handlers, non-http(s) URLs) is dropped.
 */
final class HtmlPolicies {
  private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#-]{1,32}");
  private static final Pattern MENTION = Pattern.compile("mention");
  private static final Pattern ALIGN = Pattern.compile("left|center|right");

  private HtmlPolicies() {
  }

  /** Links open nowhere special, carry no referrer and earn the target no ranking. */
  private static HtmlPolicyBuilder links(HtmlPolicyBuilder builder) {
    return builder
      .allowElements("a")
      .allowAttributes("href", "title").onElements("a")
      .allowAttributes("class").matching(MENTION).onElements("a")
      .allowUrlProtocols("http", "https", "mailto")
      .requireRelsOnLinks("nofollow", "ugc", "noopener");
  }

  /** Forum posts: GFM blocks and tables, images over http(s) only. */
  static final PolicyFactory POST = links(new HtmlPolicyBuilder())
    .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
      "em", "strong", "del", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "img")
    .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
    .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
    .allowAttributes("align").matching(ALIGN).onElements("th", "td")
    .allowAttributes("src", "alt", "title").onElements("img")
    .toFactory();

  /** Chat messages: inline emphasis, code and links; no images, headings or tables. */
  static final PolicyFactory CHAT = links(new HtmlPolicyBuilder())
    .allowElements("p", "br", "pre", "code", "em", "strong", "del")
    .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
    .toFactory();
}
