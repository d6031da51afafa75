package eu.urbis.search;

import java.util.regex.Pattern;

/**
 * A search snippet safe to show as HTML. PostgreSQL marks matches with two private-use characters; the text is
 * escaped first, then each marked pair becomes {@code <mark>…</mark>} and any stray marker is dropped, so nothing
 * from a post can open or close a tag.
 */
final class Snippet {
  static final char START = '\uE000';
  static final char STOP = '\uE001';

  /** ts_headline options: our markers, and a couple of short fragments. */
  static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
    + ", MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

  private static final Pattern MARKED = Pattern.compile(START + "([^" + START + STOP + "]*)" + STOP);
  private static final Pattern STRAY = Pattern.compile("[" + START + STOP + "]");

  private Snippet() {
  }

  static String toHtml(String raw) {
    if (raw == null) {
      return "";
    }
    String marked = MARKED.matcher(escape(raw)).replaceAll("<mark>$1</mark>");
    return STRAY.matcher(marked).replaceAll("");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
