package eu.urbis.search;

/**
 * A search snippet safe to show as HTML. PostgreSQL marks matches with two private-use characters; the text is
 * escaped, each marked pair becomes {@code <mark>…</mark>} and any stray marker is dropped, so nothing from a
 * post can open or close a tag. One pass by hand: it runs for every hit of every search on the event loop, and
 * the regular expressions it replaces were a third of a search's time there.
 */
final class Snippet {
  static final char START = '\uE000';
  static final char STOP = '\uE001';

  /** ts_headline options: our markers, and a couple of short fragments. */
  static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
    + ", MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

  private Snippet() {
  }

  static String toHtml(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder html = new StringBuilder(raw.length() + 32);
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == START) {
        int marker = nextMarker(raw, i + 1);
        if (marker >= 0 && raw.charAt(marker) == STOP) {
          html.append("<mark>");
          escape(raw, i + 1, marker, html);
          html.append("</mark>");
          i = marker + 1;
          continue;
        }
      } else if (c != STOP) {
        escape(raw, i, i + 1, html);
      }
      i++;
    }
    return html.toString();
  }

  private static int nextMarker(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == START || c == STOP) {
        return i;
      }
    }
    return -1;
  }

  private static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
