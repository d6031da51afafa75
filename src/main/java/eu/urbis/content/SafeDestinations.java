package eu.urbis.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a link or image whose destination is not http(s), mailto or an in-app route into its plain text,
 * so a {@code javascript:} link reads as words instead of becoming an empty, clickable anchor.
 */
final class SafeDestinations extends AbstractVisitor {
  private static final Pattern SAFE = Pattern.compile("(https?://|mailto:|#/)\\S*");

  @Override
  public void visit(Link link) {
    if (safe(link.getDestination())) {
      visitChildren(link);
    } else {
      unwrap(link);
    }
  }

  @Override
  public void visit(Image image) {
    if (!safe(image.getDestination())) {
      unwrap(image);
    }
  }

  private static boolean safe(String destination) {
    return destination != null && SAFE.matcher(destination.strip().toLowerCase(Locale.ROOT)).matches();
  }

  private void unwrap(Node node) {
    List<Node> children = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    if (children.isEmpty()) {
      node.insertBefore(new Text(""));
    }
    for (Node child : children) {
      node.insertBefore(child);
      child.accept(this);
    }
    node.unlink();
  }
}
