package eu.urbis.ui;

import eu.urbis.files.FilesApi;
import eu.urbis.forum.ForumApi;
import eu.urbis.support.ChatClient;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A file sent with a chat message from the room's composer, then found in the resource library with where it is used. */
class UiResourceLibraryTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @TempDir
  Path dir;

  @Test
  void aFileSentInChatShowsInTheMessageAndTheLibraryListsItWithItsRoom() throws IOException {
    ForumApi forum = new ForumApi(server.api());
    JsonObject author = forum.memberIn("library-author", "gabrovo");
    String token = author.getString("token");
    JsonObject pdf = new FilesApi(server.api()).uploaded(token, "tender.pdf", FilesApi.pdf("Joint broadband tender"), "application/pdf");
    String thread = forum.startThread(token, forum.board("everyone"), new JsonObject().put("title", "Broadband tender")
      .put("body", "The template").put("files", new JsonArray().add(pdf.getString("id")))).getJsonObject("thread").getString("id");
    String room = ChatClient.newPublicRoom(server.api(), token, "Webinars");
    Path notes = Files.writeString(dir.resolve("webinar-notes.txt"), "notes of the cycling webinar");

    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(author).go("#/rooms/" + room);
      browser.find("#files-chat").sendKeys(notes.toString());
      browser.find("chat-composer .attachment[data-name='webinar-notes.txt'][data-state='uploaded']");
      browser.type("#chat-input", "Notes from today").click(".chat-compose button[type=submit]");
      browser.waitForText("chat-message file-list .file", "webinar-notes.txt");
      browser.waitUntilGone("chat-composer .attachment");

      browser.go("#/resources");
      browser.waitForText("resource-library .resource", "webinar-notes.txt");
      assertThat(browser.all("resource-library .resource")).hasSize(2);
      WebElement chatFile = browser.find("resource-library .resource:first-child");
      assertThat(chatFile.getText()).contains("webinar-notes.txt", "text/plain", "Chat: Webinars");
      assertThat(chatFile.findElement(By.cssSelector(".used-in a")).getAttribute("href")).endsWith("#/rooms/" + room);

      browser.select("#resources-type", "application/pdf");
      browser.waitUntil(() -> browser.all("resource-library .resource").size() == 1);
      WebElement tender = browser.waitForText("resource-library .resource", "tender.pdf");
      assertThat(tender.findElement(By.cssSelector(".used-in a")).getAttribute("href")).contains("#/threads/" + thread + "/posts/");
      assertThat(browser.find("resource-library .resource file-list img.file-preview").getAttribute("alt")).isEqualTo("Preview of tender.pdf");
      assertThat(browser.driver().getCurrentUrl()).endsWith("#/resources?type=application%2Fpdf");

      browser.type("#resources-q", "nothing-like-this").click("resource-library form button[type=submit]");
      browser.waitForText("resource-library .empty", "No files found.");
      browser.assertCleanConsole();
    }
  }
}
