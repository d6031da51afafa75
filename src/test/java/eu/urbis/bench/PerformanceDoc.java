package eu.urbis.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts a benchmark's latest results between its markers ({@code <!-- name:start -->} … {@code <!-- name:end -->}) in
 * docs/performance.md, leaving every other section alone; the first run opens the block under its heading.
 */
public final class PerformanceDoc {
  private PerformanceDoc() {
  }

  public static void write(Path file, String marker, String heading, String results) throws Exception {
    String start = "<!-- " + marker + ":start -->";
    String end = "<!-- " + marker + ":end -->";
    String block = start + "\n" + results.strip() + "\n" + end;
    String title = "## " + heading + "\n";
    String doc = Files.isRegularFile(file) ? Files.readString(file) : "# Performance\n";
    if (doc.contains(start) && doc.contains(end)) {
      doc = doc.substring(0, doc.indexOf(start)) + block + doc.substring(doc.indexOf(end) + end.length());
    } else if (doc.contains(title)) {
      int at = doc.indexOf(title) + title.length();
      doc = doc.substring(0, at) + "\n" + block + "\n" + doc.substring(at);
    } else {
      doc = doc.stripTrailing() + "\n\n" + title + "\n" + block + "\n";
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, doc);
  }
}
