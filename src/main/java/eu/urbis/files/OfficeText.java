package eu.urbis.files;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The words of Office documents, OOXML (docx, xlsx, pptx, through POI) and OpenDocument (odt, ods, odp), with Tika's
 * parsers. An Office document is a zip, so a hostile one may be a zip bomb: before parsing, at most {@link #MAX_ENTRIES}
 * entries claiming at most {@link #MAX_INFLATED} bytes in all; while parsing, POI refuses entries that inflate more
 * than a hundredfold or past that size, the text stops at the caller's limit, and the parse ends as soon as its
 * worker is interrupted (the time limit) or it has passed {@link #MAX_ELEMENTS} XML elements. Embedded documents are
 * not opened (the context holds no parser for them).
 */
final class OfficeText {
  static final int MAX_ENTRIES = 1_000;
  static final long MAX_INFLATED = 256L * 1_048_576;
  static final long MAX_ELEMENTS = 5_000_000;

  private static final Map<String, Parser> PARSERS = Map.of(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new OOXMLParser(),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new OOXMLParser(),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation", new OOXMLParser(),
    "application/vnd.oasis.opendocument.text", new OpenDocumentParser(),
    "application/vnd.oasis.opendocument.spreadsheet", new OpenDocumentParser(),
    "application/vnd.oasis.opendocument.presentation", new OpenDocumentParser());

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_INFLATED);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
  }

  private OfficeText() {
  }

  static boolean reads(String type) {
    return PARSERS.containsKey(type);
  }

  /** Blocking. @return at most {@code maxChars} characters of the document's text */
  static String extract(Path file, String type, int maxChars) throws IOException {
    checkZip(file);
    BodyContentHandler text = new BodyContentHandler(maxChars);
    try (TikaInputStream in = TikaInputStream.get(file)) {
      PARSERS.get(type).parse(in, new Bounded(text), new Metadata(), new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new IOException("unreadable document", e);
      }
    } catch (TikaException e) {
      throw new IOException("unreadable document", e);
    }
    return text.toString();
  }

  /** What the zip's directory claims, before anything is inflated. */
  private static void checkZip(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_ENTRIES) {
        throw new IOException("more than " + MAX_ENTRIES + " entries");
      }
      long inflated = 0;
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        inflated += Math.max(0, entries.nextElement().getSize());
        if (inflated > MAX_INFLATED) {
          throw new IOException("claims more than " + MAX_INFLATED + " bytes inflated");
        }
      }
    }
  }

  /** Ends the parse when its thread is interrupted or the document has too many elements. */
  private static final class Bounded extends ContentHandlerDecorator {
    private long elements;

    Bounded(BodyContentHandler text) {
      super(text);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
      if (++elements > MAX_ELEMENTS || Thread.currentThread().isInterrupted()) {
        throw new SAXException("document too large or too slow to read");
      }
      super.startElement(uri, localName, name, atts);
    }
  }
}
