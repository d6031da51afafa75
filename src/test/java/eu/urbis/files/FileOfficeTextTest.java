package eu.urbis.files;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** The text of Office documents in search, the language detected in it, and zip bombs that get no text. */
class FileOfficeTextTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static final FilesApi files = new FilesApi(api);

  @ParameterizedTest
  @EnumSource(OfficeFiles.class)
  void theWordsInsideAnAttachedOfficeDocumentFindItsPost(OfficeFiles format) {
    String word = "quokka" + format.extension;
    String author = api.newMember("office-" + format.extension).getString("token");
    JsonObject file = files.uploaded(author, "plan." + format.extension,
      format.with("The evaluation of the " + word
      + " pilot shows the savings of the new street lighting. The council will extend it to every district next year."), "application/octet-stream");
    assertThat(file.getString("type")).isEqualTo(format.type);
    assertThat(file.getString("language")).isEqualTo("en");
    String post = attach(author, file.getString("id"));

    JsonArray hits = ForumApi.items(api.get("/api/search?q=" + word, api.newMember("office-reader-" + format.extension).getString("token")));
    assertThat(hits).hasSize(1);
    assertThat(hits.getJsonObject(0).getJsonObject("post").getString("id")).isEqualTo(post);
    assertThat(hits.getJsonObject(0).getString("attachment")).isEqualTo("plan." + format.extension);
  }

  @Test
  void aDocumentsLanguageIsDetectedFromItsTextAndTheLibraryFiltersByIt() {
    String author = forum.memberIn("sprache", "ancona").getString("token");
    JsonObject german = files.uploaded(author, "bericht.docx", OfficeFiles.DOCX.with(
      "Die Stadtverwaltung hat die Straßenbeleuchtung erneuert und spart dadurch jedes Jahr sehr viel Energie"), "application/octet-stream");
    JsonObject english = files.uploaded(author, "report.odt", OfficeFiles.ODT.with(
      "The city council renewed the street lighting and saves a great deal of energy every year"), "application/octet-stream");
    assertThat(german.getString("language")).isEqualTo("de");
    attach(author, german.getString("id"));
    attach(author, english.getString("id"));

    String reader = api.newMember("sprache-reader").getString("token");
    assertThat(names(ForumApi.items(api.get("/api/library?language=de", reader)))).containsExactly("bericht.docx");
    // stemmed as German, not as the Italian of the uploader's city
    assertThat(names(ForumApi.items(api.get("/api/library?language=de&q=Stra%C3%9Fenbeleuchtungen", reader)))).containsExactly("bericht.docx");
    JsonObject listed = ForumApi.items(api.get("/api/library?language=en", reader)).stream().map(JsonObject.class::cast)
      .filter(entry -> entry.getJsonObject("file").getString("name").equals("report.odt")).findFirst().orElseThrow();
    assertThat(listed.getJsonObject("file").getString("language")).isEqualTo("en");
    assertFieldError(api.get("/api/library?language=xx", reader), "language");
  }

  @Test
  void anOfficeZipBombIsStoredWithoutTextAndTheWorkerGoesOn() throws IOException {
    String author = api.newMember("bomber").getString("token");
    JsonObject inflating = files.uploaded(author, "bomb.docx", bomb(), "application/octet-stream");
    JsonObject crowded = files.uploaded(author, "crowded.odt", crowded(), "application/octet-stream");
    assertThat(crowded.getString("type")).isEqualTo(OfficeFiles.ODT.type);
    assertThat(inflating.getString("language")).isNull();
    assertThat(crowded.getString("language")).isNull();
    attach(author, inflating.getString("id"));
    attach(author, crowded.getString("id"));

    JsonObject after = files.uploaded(author, "after.docx", OfficeFiles.DOCX.with("the okapi survey went on after the bomb"), "application/octet-stream");
    attach(author, after.getString("id"));
    assertThat(ForumApi.items(api.get("/api/search?q=okapi", author))).hasSize(1);
  }

  /** A docx whose document part inflates 64 MiB of nothing from a few dozen KiB: past POI's inflation ratio. */
  private static Buffer bomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      OfficeFiles.entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>").getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1_048_576];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    return Buffer.buffer(out.toByteArray());
  }

  /** An OpenDocument with more entries than a document has. */
  private static Buffer crowded() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      OfficeFiles.ODT.mimetype(zip);
      OfficeFiles.entry(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes());
      for (int i = 0; i <= OfficeText.MAX_ENTRIES; i++) {
        OfficeFiles.entry(zip, "Pictures/" + i + ".xml", "<x/>".getBytes());
      }
    }
    return Buffer.buffer(out.toByteArray());
  }

  private static String attach(String token, String fileId) {
    return forum.startThread(token, forum.board("everyone"), new JsonObject().put("title", "Attached document").put("body", "See the file")
      .put("files", new JsonArray().add(fileId))).getJsonObject("post").getString("id");
  }

  private static List<String> names(JsonArray items) {
    return items.stream().map(item -> ((JsonObject) item).getJsonObject("file").getString("name")).toList();
  }
}
