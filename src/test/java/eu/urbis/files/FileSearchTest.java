package eu.urbis.files;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The text inside attached documents finds their posts, and the hit names the file. */
class FileSearchTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static final FilesApi files = new FilesApi(api);

  @Test
  void wordsInsideAnAttachedPdfFindThePostInThatAttachment() {
    String author = forum.memberIn("report-author", "gabrovo").getString("token");
    JsonObject pdf = files.uploaded(author, "report.pdf", FilesApi.pdf("Streetlight evaluation: kilowatt savings measured"), "application/pdf");
    JsonObject started = forum.startThread(author, forum.board("everyone"), new JsonObject().put("title", "Pilot results")
      .put("body", "See the attached evaluation").put("files", new JsonArray().add(pdf.getString("id"))));

    String reader = forum.memberIn("report-reader", "ancona").getString("token");
    JsonArray hits = ForumApi.items(api.get("/api/search?q=kilowatt", reader));
    assertThat(hits).hasSize(1);
    assertThat(hits.getJsonObject(0).getJsonObject("post").getString("id")).isEqualTo(started.getJsonObject("post").getString("id"));
    assertThat(hits.getJsonObject(0).getString("attachment")).isEqualTo("report.pdf");
  }

  @Test
  void textInsideAFileAttachedNowhereFindsNothing() {
    String author = api.newMember("unattached").getString("token");
    files.uploaded(author, "draft.txt", Buffer.buffer("zeppelin hangar conversion"), "text/plain");
    assertThat(ForumApi.items(api.get("/api/search?q=zeppelin", author))).isEmpty();
  }

  @Test
  void aDeletedPostIsNotFoundByItsAttachment() {
    String author = api.newMember("deleted-attachment").getString("token");
    JsonObject file = files.uploaded(author, "minutes.txt", Buffer.buffer("aqueduct restoration minutes"), "text/plain");
    String thread = forum.startThread(author, forum.board("everyone"), "Minutes", "Of the meeting").getJsonObject("thread").getString("id");
    JsonObject reply = ForumApi.created(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "Attached")
      .put("files", new JsonArray().add(file.getString("id"))), author));
    assertThat(ForumApi.items(api.get("/api/search?q=aqueduct", author))).hasSize(1);
    api.delete("/api/posts/" + reply.getString("id"), author);
    assertThat(ForumApi.items(api.get("/api/search?q=aqueduct", author))).isEmpty();
  }
}
