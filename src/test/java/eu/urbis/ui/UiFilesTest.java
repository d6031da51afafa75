package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A practice with a PDF, written in the browser; another city sees its preview, downloads it and finds its text. */
class UiFilesTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @TempDir
  Path dir;

  @Test
  void aPdfAttachedToAPracticeIsPreviewedDownloadedAndFoundByAnotherCity() throws IOException {
    ForumApi forum = new ForumApi(server.api());
    String board = forum.board("everyone");
    JsonObject author = forum.memberIn("gabrovo-writer", "gabrovo");
    Path report = pdf(dir.resolve("report.pdf"), "Streetlight pilot: kilowatt savings measured");
    Path extra = Files.writeString(dir.resolve("extra.txt"), "not for sending");
    String threadId;
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/boards/" + board + "/new?kind=practice");
      browser.type("#thread-title", "LED streetlights with a shared tender")
        .type("thread-form md-composer textarea", "The evaluation report is attached.")
        .select("#practice-theme", "energy-environment")
        .type("#practice-summary", "Three towns tendered together")
        .type("#practice-outcomes", "Forty per cent less energy");
      browser.find("#files-thread").sendKeys(report.toString());
      browser.find("#files-thread").sendKeys(extra.toString());
      browser.find(".attachment[data-name='report.pdf'][data-state='uploaded']");
      browser.find(".attachment[data-name='extra.txt'][data-state='uploaded']");
      browser.click("button[aria-label='Remove extra.txt']");
      browser.waitUntilGone(".attachment[data-name='extra.txt']");
      browser.click("thread-form button[type=submit]");
      browser.waitForText("thread-view h1", "LED streetlights");
      assertThat(browser.waitForText("li.depth-0 file-list .file", "report.pdf").getText()).doesNotContain("extra.txt");
      threadId = browser.driver().getCurrentUrl().replaceAll(".*#/threads/", "");
      browser.assertCleanConsole();
    }

    JsonObject reader = forum.memberIn("ancona-reader", "ancona");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(reader).go("#/threads/" + threadId);
      assertThat(browser.find("li.depth-0 file-list img.file-preview").getAttribute("alt")).isEqualTo("Preview of report.pdf");
      browser.clickLabelled("li.depth-0 file-list", "report.pdf");
      assertThat(browser.all("li.depth-0 file-list .error")).isEmpty();

      browser.go("#/search?q=kilowatt");
      assertThat(browser.waitForText("search-view .in-attachment", "report.pdf").getText()).isEqualTo("in attachment report.pdf");
      browser.assertCleanConsole();
    }
    String fileId = forum.thread(reader.getString("token"), threadId).getJsonArray("files").getJsonObject(0).getString("id");
    assertThat(server.api().get("/api/files/" + fileId, reader.getString("token")).body().getBytes()).isEqualTo(Files.readAllBytes(report));
  }

  private static Path pdf(Path path, String text) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(path.toFile());
    }
    return path;
  }
}
