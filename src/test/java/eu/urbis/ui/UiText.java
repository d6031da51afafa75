package eu.urbis.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The UI's own text on the page: every text node and every aria-label, title, placeholder and alt of the app, with
 * what users wrote left out. User content is what sits in rendered posts and messages, snippets, prose fields and
 * reasons, or under an element whose {@code lang} is not the page's (a post in its own language, a language's own
 * name in the switcher); names, titles and reference data given as {@code content} are cut out of what remains.
 */
final class UiText {
  private static final String COLLECT = """
    const skip = (element) => element.closest('.rendered, .history-body, .snippet, .prose, .reason, script, style, noscript')
      || (element.closest('[lang]') && element.closest('[lang]').lang !== document.documentElement.lang);
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && !skip(node.parentElement)) {
        texts.push(text);
      }
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!skip(element)) {
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name)).filter(Boolean).forEach((text) => texts.push(text));
      }
    }
    texts.push(document.title);
    return texts;
    """;

  private UiText() {
  }

  /** The UI's own text now on the page, each piece with the given user content cut out (longest first). */
  @SuppressWarnings("unchecked")
  static List<String> chrome(Browser browser, Collection<String> content) {
    List<String> known = content.stream().filter(text -> !text.isBlank()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    return ((List<Object>) browser.script(COLLECT)).stream().map(String::valueOf).map(text -> {
      String rest = text;
      for (String piece : known) {
        rest = rest.replace(piece, " ");
      }
      return rest.trim();
    }).filter(text -> !text.isEmpty()).toList();
  }
}
