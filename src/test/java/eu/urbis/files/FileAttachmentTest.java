package eu.urbis.files;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Files attached to practices, threads and replies: who then may download them, and what a deleted post keeps. */
class FileAttachmentTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static final FilesApi files = new FilesApi(api);

  @Test
  void aPdfAttachedToAPracticeIsDownloadedByAnotherCity() {
    String author = forum.memberIn("gabrovo-author", "gabrovo").getString("token");
    Buffer content = FilesApi.pdf("Procurement template");
    JsonObject pdf = files.uploaded(author, "procurement-template.pdf", content, "application/pdf");
    JsonObject started = forum.startThread(author, forum.board("everyone"), practice(pdf.getString("id")));
    assertThat(ids(started.getJsonObject("thread").getJsonArray("files"))).containsExactly(pdf.getString("id"));
    assertThat(started.getJsonObject("thread").getJsonArray("files").getJsonObject(0)).isEqualTo(pdf);

    String reader = forum.memberIn("ancona-reader", "ancona").getString("token");
    JsonObject thread = forum.thread(reader, started.getJsonObject("thread").getString("id"));
    assertThat(thread.getJsonArray("files").getJsonObject(0).getString("name")).isEqualTo("procurement-template.pdf");
    HttpResponse<Buffer> download = api.get("/api/files/" + pdf.getString("id"), reader);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body().getBytes()).isEqualTo(content.getBytes());
  }

  @Test
  void aReplyCarriesSeveralFilesInTheOrderNamed() {
    String token = api.newMember("replier").getString("token");
    String thread = forum.startThread(token, forum.board("everyone"), "Slides", "From the webinar").getJsonObject("thread").getString("id");
    JsonObject first = files.uploaded(token, "slides.pdf", FilesApi.pdf("Webinar slides"), "application/pdf");
    JsonObject second = files.uploaded(token, "notes.txt", Buffer.buffer("speaker notes"), "text/plain");
    JsonObject reply = ForumApi.created(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "Both files")
      .put("files", new JsonArray().add(second.getString("id")).add(first.getString("id"))), token));
    assertThat(ids(reply.getJsonArray("files"))).containsExactly(second.getString("id"), first.getString("id"));
    JsonArray page = ForumApi.items(api.get("/api/threads/" + thread + "/posts", token));
    assertThat(ids(page.getJsonObject(1).getJsonArray("files"))).containsExactly(second.getString("id"), first.getString("id"));
  }

  @Test
  void attachingSomeoneElsesUploadIs400AndPostsNothing() {
    JsonObject theirs = files.uploaded(api.newMember("owner").getString("token"), "theirs.txt", Buffer.buffer("not yours"), "text/plain");
    String token = api.newMember("taker").getString("token");
    String thread = forum.startThread(token, forum.board("everyone"), "Taking", "Files").getJsonObject("thread").getString("id");
    long before = Db.count(server, "SELECT count(*) FROM posts");
    assertFieldError(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "Mine now")
      .put("files", new JsonArray().add(theirs.getString("id"))), token), "files");
    assertThat(Db.count(server, "SELECT count(*) FROM posts")).isEqualTo(before);
    assertProblem(api.get("/api/files/" + theirs.getString("id"), token), 404);
  }

  @Test
  void filesThatAreNotAListOfIdsAre400() {
    String token = api.newMember("badlist").getString("token");
    String thread = forum.startThread(token, forum.board("everyone"), "Bad files", "Field").getJsonObject("thread").getString("id");
    assertFieldError(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "x").put("files", "1"), token), "files");
    assertFieldError(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "x")
      .put("files", new JsonArray().add(12)), token), "files");
  }

  @Test
  void aDeletedPostsFilesAreNoLongerServedOrListed() {
    String author = api.newMember("deleter").getString("token");
    String reader = api.newMember("late-reader").getString("token");
    String thread = forum.startThread(author, forum.board("everyone"), "Soon gone", "Here").getJsonObject("thread").getString("id");
    JsonObject file = files.uploaded(author, "gone.txt", Buffer.buffer("soon gone"), "text/plain");
    JsonObject reply = ForumApi.created(api.post("/api/threads/" + thread + "/posts", new JsonObject().put("body", "With a file")
      .put("files", new JsonArray().add(file.getString("id"))), author));
    assertThat(api.get("/api/files/" + file.getString("id"), reader).statusCode()).isEqualTo(200);

    assertThat(api.delete("/api/posts/" + reply.getString("id"), author).statusCode()).isEqualTo(204);
    assertProblem(api.get("/api/files/" + file.getString("id"), reader), 404);
    assertProblem(api.get("/api/files/" + file.getString("id"), author), 404);
    assertThat(ForumApi.ok(api.get("/api/posts/" + reply.getString("id"), reader)).getJsonArray("files")).isEmpty();
  }

  private static JsonObject practice(String fileId) {
    return new JsonObject().put("title", "Joint procurement of broadband").put("body", "The template we used").put("kind", "practice")
      .put("practice", new JsonObject().put("cityId", "gabrovo").put("theme", "funding-procurement").put("summary", "A template")
        .put("outcomes", "Three towns bought together"))
      .put("files", new JsonArray().add(fileId));
  }

  private static java.util.List<String> ids(JsonArray files) {
    return files.stream().map(file -> ((JsonObject) file).getString("id")).toList();
  }
}
