package eu.urbis.content;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * The parser's post-processors, the visitors and the HTML renderer all recurse once per level of the tree, so a post
 * of 50,000 {@code >} overflows the stack. Nesting is bounded before parsing, from each line's quote and list
 * markers, and again after it (lists nest by indentation too), both without recursion.
 */
final class NestingDepth {
  /** Quote and list levels: far beyond anything written by hand (a quote in a list in a quote is 3). */
  static final int MAX = 32;

  private NestingDepth() {
  }

  /** Counts the {@code >} and list markers ({@code - * +} before a blank) that open each line. */
  static void checkSource(String markdown) {
    int levels = 0;
    boolean prefix = true;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\n') {
        levels = 0;
        prefix = true;
      } else if (prefix) {
        boolean marker = c == '>' || (c == '-' || c == '*' || c == '+') && blankAt(markdown, i + 1);
        if (marker && ++levels > MAX) {
          throw new NestingTooDeep();
        }
        prefix = marker || c == ' ' || c == '\t';
      }
    }
  }

  /** Counts the quotes and list items on the way down to each node of the parsed tree. */
  static void check(Node document) {
    int levels = 0;
    Node node = document;
    while (node != null) {
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        if (container(node) && ++levels > MAX) {
          throw new NestingTooDeep();
        }
        continue;
      }
      while (node != document && node.getNext() == null) {
        if (container(node)) {
          levels--;
        }
        node = node.getParent();
      }
      if (node == document) {
        return;
      }
      if (container(node)) {
        levels--;
      }
      node = node.getNext();
      if (container(node) && ++levels > MAX) {
        throw new NestingTooDeep();
      }
    }
  }

  private static boolean container(Node node) {
    return node instanceof BlockQuote || node instanceof ListItem;
  }

  private static boolean blankAt(String text, int index) {
    return index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t');
  }
}
