package eu.urbis.mail;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns items into mails, in the recipient's language: a plain-text and an HTML part with the same content. Titles,
 * excerpts, names of boards, rooms and people are user text: the HTML part escapes every one of them.
 */
final class MailRenderer {
  private final MailCatalog catalog;
  private final String publicUrl;
  private final UnsubscribeLinks links;

  MailRenderer(MailCatalog catalog, String publicUrl, UnsubscribeLinks links) {
    this.catalog = catalog;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.links = links;
  }

  QueuedMail immediate(MailItem item) {
    String locale = item.locale();
    String subject = catalog.text(locale, "mail.subject.immediate", Map.of("kind", kind(locale, item), "title", oneLine(item.title())));
    return mail(item, "n:" + item.notificationId(), subject, catalog.text(locale, "mail.intro.immediate"),
      new TreeMap<>(Map.of(group(item), List.of(item))));
  }

  /** @param items one person's, at least one */
  QueuedMail digest(DigestPeriod period, List<MailItem> items) {
    MailItem first = items.get(0);
    Map<String, List<MailItem>> groups = new TreeMap<>();
    items.forEach(item -> groups.computeIfAbsent(group(item), key -> new java.util.ArrayList<>()).add(item));
    String subject = catalog.text(first.locale(), "mail.subject." + period.mode());
    return mail(first, period.about(), subject, catalog.text(first.locale(), "mail.intro.digest"), groups);
  }

  private QueuedMail mail(MailItem to, String about, String subject, String intro, Map<String, List<MailItem>> groups) {
    String locale = to.locale();
    String unsubscribe = links.url(to.userId());
    String greeting = catalog.text(locale, "mail.greeting", Map.of("name", to.displayName()));
    String open = catalog.text(locale, "mail.open");
    StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n");
    StringBuilder html = new StringBuilder(4096)
      .append("<!DOCTYPE html><html lang=\"").append(escape(locale == null ? MailCatalog.FALLBACK : locale))
      .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>")
      .append("<body style=\"font-family:sans-serif;line-height:1.4\"><p>").append(escape(greeting)).append("</p><p>")
      .append(escape(intro)).append("</p>");
    groups.forEach((group, items) -> {
      text.append("\n== ").append(group).append(" ==\n");
      html.append("<h2 style=\"font-size:1.1em\">").append(escape(group)).append("</h2><ul>");
      for (MailItem item : items) {
        String link = publicUrl + "/" + item.path();
        text.append("\n* ").append(kind(locale, item)).append(": ").append(oneLine(item.title())).append("\n  ")
          .append(item.excerpt()).append("\n  ").append(link).append("\n");
        html.append("<li><strong>").append(escape(kind(locale, item))).append(":</strong> ").append(escape(item.title()))
          .append("<br><span>").append(escape(item.excerpt())).append("</span><br><a href=\"").append(escape(link)).append("\">")
          .append(escape(open)).append("</a></li>");
      }
      html.append("</ul>");
    });
    String footer = catalog.text(locale, "mail.footer");
    String unsubscribeLabel = catalog.text(locale, "mail.unsubscribe");
    text.append("\n-- \n").append(footer).append("\n").append(unsubscribeLabel).append(": ").append(unsubscribe).append("\n");
    html.append("<hr><p style=\"font-size:0.9em;color:#555\">").append(escape(footer)).append(" <a href=\"").append(escape(unsubscribe))
      .append("\">").append(escape(unsubscribeLabel)).append("</a></p></body></html>");
    return new QueuedMail(to.userId(), about, to.email(), subject, text.toString(), html.toString(), unsubscribe);
  }

  /** "City · Board" for the forum, "Chat · Room" for chat. */
  private String group(MailItem item) {
    if (item.room() != null) {
      return catalog.text(item.locale(), "mail.group.chat") + " · " + item.room();
    }
    String other = catalog.text(item.locale(), "mail.group.other");
    if (item.board() == null) {
      return other;
    }
    return (item.city() == null ? other : item.city()) + " · " + item.board();
  }

  /** The item's own word ({@code mail.kind.<what>}); "Update" only for a kind the catalog has no word for. */
  private String kind(String locale, MailItem item) {
    String key = "mail.kind." + item.what();
    return catalog.text(locale, catalog.has(key) ? key : "mail.kind.other");
  }

  /** A header holds one line: user text with a line break could add headers of its own. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }

  static String escape(String text) {
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
