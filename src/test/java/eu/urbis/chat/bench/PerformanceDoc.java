package eu.urbis.chat.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Puts the latest chat results between their markers in docs/performance.md, leaving every other section alone. */
final class PerformanceDoc {
  private static final String START = "<!-- chat-bench:start -->";
  private static final String END = "<!-- chat-bench:end -->";

  private PerformanceDoc() {
  }

  static void writeChatResults(Path file, String results) throws Exception {
    String block = START + "\n" + results.strip() + "\n" + END;
    String doc = Files.isRegularFile(file) ? Files.readString(file) : "# Performance\n";
    if (doc.contains(START) && doc.contains(END)) {
      doc = doc.substring(0, doc.indexOf(START)) + block + doc.substring(doc.indexOf(END) + END.length());
    } else if (doc.contains("## Chat\n")) {
      int at = doc.indexOf("## Chat\n") + "## Chat\n".length();
      doc = doc.substring(0, at) + "\n" + block + "\n" + doc.substring(at);
    } else {
      doc = doc.stripTrailing() + "\n\n## Chat\n\n" + block + "\n";
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, doc);
  }
}
