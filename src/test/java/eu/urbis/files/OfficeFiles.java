package eu.urbis.files;

import io.vertx.core.buffer.Buffer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real Office documents made in the test: OOXML by POI, OpenDocument written as the zip it is. */
enum OfficeFiles {
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  ODT("odt", "application/vnd.oasis.opendocument.text"),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
  ODP("odp", "application/vnd.oasis.opendocument.presentation");

  final String extension;
  final String type;

  OfficeFiles(String extension, String type) {
    this.extension = extension;
    this.type = type;
  }

  /** A document of this format whose text is {@code text}. */
  Buffer with(String text) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      switch (this) {
        case DOCX -> {
          try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
          }
        }
        case XLSX -> {
          try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
          }
        }
        case PPTX -> {
          try (XMLSlideShow slides = new XMLSlideShow()) {
            XSLFTextBox box = slides.createSlide().createTextBox();
            box.setText(text);
            slides.write(out);
          }
        }
        default -> openDocument(out, text);
      }
      return Buffer.buffer(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts an OpenDocument reader needs: the stored mimetype first, the manifest, and the content. */
  private void openDocument(ByteArrayOutputStream out, String text) throws IOException {
    String body = switch (this) {
      case ODT -> "<office:text><text:p>" + text + "</text:p></office:text>";
      case ODS -> "<office:spreadsheet><table:table table:name=\"Budget\"><table:table-row><table:table-cell><text:p>" + text
        + "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>";
      default -> "<office:presentation><draw:page draw:name=\"1\"><draw:frame><draw:text-box><text:p>" + text
        + "</text:p></draw:text-box></draw:frame></draw:page></office:presentation>";
    };
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
      + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
      + " office:version=\"1.2\"><office:body>" + body + "</office:body></office:document-content>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
      + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
      + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + type + "\"/>"
      + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      mimetype(zip);
      entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
      entry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The first entry of an OpenDocument, stored uncompressed so the type shows at a fixed offset. */
  void mimetype(ZipOutputStream zip) throws IOException {
    byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
    ZipEntry first = new ZipEntry("mimetype");
    first.setMethod(ZipEntry.STORED);
    first.setSize(mimetype.length);
    CRC32 crc = new CRC32();
    crc.update(mimetype);
    first.setCrc(crc.getValue());
    zip.putNextEntry(first);
    zip.write(mimetype);
    zip.closeEntry();
  }

  static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
