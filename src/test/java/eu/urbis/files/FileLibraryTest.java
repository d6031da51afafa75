package eu.urbis.files;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** The resource library: the files a reader may see, filtered, each with where it is used. */
class FileLibraryTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static final FilesApi files = new FilesApi(api);
  private static String reader;

  @BeforeAll
  static void library() {
    String author = forum.memberIn("library-author", "gabrovo").getString("token");
    String board = forum.board("everyone");
    JsonObject template = files.uploaded(author, "tender-template.pdf", FilesApi.pdf("Joint tender for broadband"), "application/pdf");
    JsonObject notes = files.uploaded(author, "notes.txt", Buffer.buffer("webinar notes on cycling lanes"), "text/plain");
    files.uploaded(author, "unattached.txt", Buffer.buffer("nobody sees this"), "text/plain");
    forum.startThread(author, board, new JsonObject().put("title", "Shared broadband tender").put("body", "Template attached")
      .put("kind", "practice").put("practice", new JsonObject().put("cityId", "gabrovo").put("theme", "connectivity")
        .put("summary", "A tender").put("outcomes", "Cheaper fibre"))
      .put("files", new JsonArray().add(template.getString("id"))));
    forum.startThread(author, board, new JsonObject().put("title", "Webinar notes").put("body", "Notes attached")
      .put("files", new JsonArray().add(notes.getString("id"))));
    reader = forum.memberIn("library-reader", "ancona").getString("token");
  }

  @Test
  void theLibraryListsAttachedFilesWithWhereTheyAreUsedButNoUnattachedOnes() {
    JsonArray items = ForumApi.items(api.get("/api/library", reader));
    assertThat(names(items)).containsExactly("notes.txt", "tender-template.pdf");
    JsonObject template = items.getJsonObject(1);
    assertThat(template.getJsonArray("attachedTo").getJsonObject(0).getString("type")).isEqualTo("post");
    assertThat(template.getJsonArray("attachedTo").getJsonObject(0).getString("title")).isEqualTo("Shared broadband tender");
  }

  @Test
  void theLibraryFiltersByTypeCityThemeAndTheWordsInside() {
    assertThat(names(ForumApi.items(api.get("/api/library?type=application/pdf", reader)))).containsExactly("tender-template.pdf");
    assertThat(names(ForumApi.items(api.get("/api/library?theme=connectivity", reader)))).containsExactly("tender-template.pdf");
    assertThat(names(ForumApi.items(api.get("/api/library?city=ancona", reader)))).isEmpty();
    assertThat(names(ForumApi.items(api.get("/api/library?city=gabrovo", reader)))).hasSize(2);
    assertThat(names(ForumApi.items(api.get("/api/library?q=cycling", reader)))).containsExactly("notes.txt");
  }

  @Test
  void theLibraryPagesNewestFirst() {
    JsonObject first = ForumApi.ok(api.get("/api/library?limit=1", reader));
    assertThat(names(first.getJsonArray("items"))).containsExactly("notes.txt");
    JsonObject second = ForumApi.ok(api.get("/api/library?limit=1&cursor=" + first.getString("next"), reader));
    assertThat(names(second.getJsonArray("items"))).containsExactly("tender-template.pdf");
  }

  @Test
  void aFilterTooLongIs400() {
    assertFieldError(api.get("/api/library?q=" + "a".repeat(201), reader), "q");
  }

  private static List<String> names(JsonArray items) {
    return items.stream().map(item -> ((JsonObject) item).getJsonObject("file").getString("name")).toList();
  }
}
