package eu.urbis.files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The words inside a document, for search: PDFs (PDFBox), Office documents (OfficeText) and plain text; others have none. */
final class TextExtraction {
  static final int MAX_CHARS = 500_000;
  private static final int MAX_PAGES = 300;
  /** Past this PDFBox keeps a document's streams in temporary files, not memory. */
  static final long PDF_MEMORY = 16L * 1_048_576;

  private TextExtraction() {
  }

  /** Blocking. @return the text, or null when the type carries none this server reads */
  static String extract(Path file, String type) throws IOException {
    if (type.equals("application/pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache)) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(MAX_PAGES);
        return clip(stripper.getText(pdf));
      }
    }
    if (OfficeText.reads(type)) {
      return clip(OfficeText.extract(file, type, MAX_CHARS));
    }
    if (type.startsWith("text/") && !type.equals("text/html")) {
      try (InputStream in = Files.newInputStream(file)) {
        return clip(new String(in.readNBytes(MAX_CHARS * 2), StandardCharsets.UTF_8));
      }
    }
    return null;
  }

  /** PostgreSQL text takes no NUL, and a tsvector has a size limit: both kept well clear of. */
  private static String clip(String text) {
    String clean = text.replace('\u0000', ' ').strip();
    return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
  }
}
