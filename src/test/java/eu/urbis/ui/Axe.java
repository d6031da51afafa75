package eu.urbis.ui;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core (target/axe-core, fetched and checksummed by the build) run inside the page a {@link Browser} shows.
 * Answers every violation, plus the "incomplete" results of the rules that showed real defects here: an
 * aria-describedby naming a missing id, and a control whose accessible name does not contain its visible text.
 */
final class Axe {
  private static final Path SCRIPT = Path.of("target/axe-core/package/axe.min.js");
  private static final Set<String> INCOMPLETE_AS_FAILURE = Set.of("aria-valid-attr-value", "label-content-name-mismatch");
  private static final String RUN = """
    const done = arguments[arguments.length - 1];
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { 'label-content-name-mismatch': { enabled: true } } })
      .then((result) => done(JSON.stringify({ violations: result.violations, incomplete: result.incomplete })))
      .catch((error) => done(JSON.stringify({ error: String(error) })));
    """;

  private Axe() {
  }

  /** "rule: help — selector" lines, one per failing node of the page as it is now. */
  static List<String> problems(Browser browser) {
    if (Boolean.FALSE.equals(browser.script("return typeof window.axe === 'object'"))) {
      browser.script(source());
    }
    JsonObject result = new JsonObject((String) browser.driver().executeAsyncScript(RUN));
    if (result.containsKey("error")) {
      throw new IllegalStateException("axe failed: " + result.getString("error"));
    }
    List<String> found = new ArrayList<>();
    collect(result.getJsonArray("violations"), found, null);
    collect(result.getJsonArray("incomplete"), found, INCOMPLETE_AS_FAILURE);
    return found;
  }

  private static void collect(JsonArray rules, List<String> found, Set<String> only) {
    for (int i = 0; i < rules.size(); i++) {
      JsonObject rule = rules.getJsonObject(i);
      if (only != null && !only.contains(rule.getString("id"))) {
        continue;
      }
      JsonArray nodes = rule.getJsonArray("nodes");
      for (int j = 0; j < nodes.size(); j++) {
        found.add(rule.getString("id") + ": " + rule.getString("help") + " — " + nodes.getJsonObject(j).getJsonArray("target").encode());
      }
    }
  }

  private static String source() {
    try {
      return Files.readString(SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is fetched by the build (mvn generate-test-resources)", e);
    }
  }
}
