package eu.urbis.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} in plain text (never inside code or an existing link) and turns each into a link to the
 * user's page, collecting the usernames so callers can record them for notifications.
 */
final class Mentions extends AbstractVisitor {
  /** A username (API.md: 3–32 of a-z0-9_.-) after a start or a non-word character, not ending in punctuation. */
  static final Pattern MENTION = Pattern.compile("(?<![\\w@./-])@([a-z0-9_][a-z0-9_.-]{1,30}[a-z0-9_])", Pattern.CASE_INSENSITIVE);

  /** Where a mention links: the user's profile by name (API.md: {@code #/u/{username}}). */
  static final String LINK = "#/u/";

  final Set<String> usernames = new LinkedHashSet<>();

  @Override
  public void visit(Link link) {
    // text inside a link stays as it is
  }

  @Override
  public void visit(Code code) {
    // so does inline code
  }

  @Override
  public void visit(Text text) {
    String literal = text.getLiteral();
    Matcher matcher = MENTION.matcher(literal);
    int written = 0;
    Node cursor = text;
    while (matcher.find()) {
      String username = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
      usernames.add(username);
      cursor = insertAfter(cursor, new Text(literal.substring(written, matcher.start())));
      Link link = new Link(LINK + username, null);
      link.appendChild(new Text("@" + username));
      cursor = insertAfter(cursor, link);
      written = matcher.end();
    }
    if (written > 0) {
      insertAfter(cursor, new Text(literal.substring(written)));
      text.unlink();
    }
  }

  private static Node insertAfter(Node anchor, Node node) {
    anchor.insertAfter(node);
    return node;
  }
}
