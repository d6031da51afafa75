package eu.urbis.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a link or image whose destination is not http(s), mailto or an in-app route into its plain text,
 * so a {@code javascript:} link reads as words instead of becoming an empty, clickable anchor. An image from a
 * host outside {@code imageHosts} becomes a link to it: every reader's browser would otherwise fetch it, telling
 * that host who reads what, and when.
 */
final class SafeDestinations extends AbstractVisitor {
  private static final Pattern SAFE = Pattern.compile("(https?://|mailto:|#/)\\S*");

  private final Set<String> imageHosts;

  SafeDestinations(Set<String> imageHosts) {
    this.imageHosts = imageHosts;
  }

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
    } else if (!allowedImageHost(image.getDestination())) {
      Link link = new Link(image.getDestination(), image.getTitle());
      image.insertBefore(link);
      moveChildren(image, link);
      if (link.getFirstChild() == null) {
        link.appendChild(new Text(image.getDestination()));
      }
      image.unlink();
    }
  }

  private boolean allowedImageHost(String destination) {
    try {
      URI uri = new URI(destination.strip());
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
        && imageHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void moveChildren(Node from, Node to) {
    Node child = from.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      to.appendChild(child);
      child = next;
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
