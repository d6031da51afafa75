package eu.urbis.files;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Reports that target a file, the moderator's removal of it everywhere, and the job that frees its storage. */
class FileModerationTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> config.put("files", new JsonObject().put("reclaimGraceMinutes", 0)));
  private static final Api api = server.api();
  private static final ForumApi forum = new ForumApi(api);
  private static final FilesApi files = new FilesApi(api);

  @Test
  void aReportedFileRemovedByAModeratorIsGoneFromEveryPlaceAndItsStorageIsReclaimed() {
    String author = api.newMember("leaker").getString("token");
    String other = api.newMember("reposter").getString("token");
    Buffer content = Buffer.buffer("the leaked list of home addresses");
    JsonObject first = files.uploaded(author, "leak.txt", content, "text/plain");
    JsonObject second = files.uploaded(other, "copy.txt", content, "text/plain");
    String board = forum.board("everyone");
    String postA = attach(author, board, first.getString("id"));
    String postB = attach(other, board, second.getString("id"));

    String reporter = api.newMember("reporter").getString("token");
    JsonObject report = ForumApi.created(api.post("/api/reports", new JsonObject().put("targetType", "file")
      .put("targetId", first.getString("id")).put("reason", "personal data"), reporter));
    String moderator = api.newUserWithRole("file-mod", "moderator").getString("token");
    ForumApi.ok(api.post("/api/moderation/reports/" + report.getString("id") + "/resolve", new JsonObject().put("action", "delete"), moderator));

    assertProblem(api.get("/api/files/" + first.getString("id"), reporter), 404);
    assertProblem(api.get("/api/files/" + second.getString("id"), reporter), 404);
    assertThat(ForumApi.ok(api.get("/api/posts/" + postA, reporter)).getJsonArray("files")).isEmpty();
    assertThat(ForumApi.ok(api.get("/api/posts/" + postB, reporter)).getJsonArray("files")).isEmpty();
    assertThat(Audit.count(server, "file.remove", first.getString("id"))).isEqualTo(1);

    // other tests' removed files may be reclaimed in the same run: this content is checked by name below
    assertThat(await(server.app().services().files().reclaimer().reclaim())).isPositive();
    assertThat(Db.count(server, "SELECT count(*) FROM file_contents WHERE sha256 = $1", first.getString("sha256"))).isZero();
    assertThat(Db.count(server, "SELECT count(*) FROM file_chunks WHERE sha256 = $1", first.getString("sha256"))).isZero();
    assertThat(files.uploaded(author, "again.txt", content, "text/plain").getString("sha256")).isEqualTo(first.getString("sha256"));
  }

  @Test
  void aModeratorRemovesAFileDirectlyFromEveryPlaceAudited() {
    String author = api.newMember("direct-author").getString("token");
    JsonObject file = files.uploaded(author, "slides.txt", Buffer.buffer("slides with a stranger's photo"), "text/plain");
    String post = attach(author, forum.board("everyone"), file.getString("id"));
    String moderator = api.newUserWithRole("direct-mod", "moderator").getString("token");

    assertThat(api.delete("/api/files/" + file.getString("id"), moderator).statusCode()).isEqualTo(204);

    String reader = api.newMember("direct-reader").getString("token");
    assertProblem(api.get("/api/files/" + file.getString("id"), reader), 404);
    assertThat(ForumApi.ok(api.get("/api/posts/" + post, reader)).getJsonArray("files")).isEmpty();
    assertThat(Audit.entries(server, "file.remove", file.getString("id"))).singleElement()
      .satisfies(entry -> assertThat(entry.getJsonObject("detail").getString("via")).isEqualTo("direct"));
    assertProblem(api.delete("/api/files/" + file.getString("id"), moderator), 404);
  }

  @Test
  void onlyModeratorsRemoveFilesDirectly() {
    String author = api.newMember("kept-author").getString("token");
    JsonObject file = files.uploaded(author, "kept.txt", Buffer.buffer("a file its author keeps"), "text/plain");
    attach(author, forum.board("everyone"), file.getString("id"));
    assertProblem(api.delete("/api/files/" + file.getString("id"), author), 403);
    assertProblem(api.delete("/api/files/" + file.getString("id"), api.newMember("bystander").getString("token")), 403);
    assertProblem(api.delete("/api/files/999999999", api.newUserWithRole("unknown-mod", "moderator").getString("token")), 404);
    assertThat(Audit.count(server, "file.remove", file.getString("id"))).isZero();
    assertThat(ForumApi.ok(api.get("/api/library?q=keeps", author)).getJsonArray("items")).hasSize(1);
  }

  @Test
  void contentStillReferencedIsNotReclaimed() {
    JsonObject kept = files.uploaded(api.newMember("keeper").getString("token"), "kept.txt", Buffer.buffer("kept content"), "text/plain");
    await(server.app().services().files().reclaimer().reclaim());
    assertThat(Db.count(server, "SELECT count(*) FROM file_chunks WHERE sha256 = $1", kept.getString("sha256"))).isEqualTo(1);
  }

  @Test
  void aFileTheReporterMayNotSeeCannotBeReported() {
    JsonObject hidden = files.uploaded(api.newMember("hidden").getString("token"), "hidden.txt", Buffer.buffer("unattached"), "text/plain");
    assertProblem(api.post("/api/reports", new JsonObject().put("targetType", "file").put("targetId", hidden.getString("id"))
      .put("reason", "curious"), api.newMember("snoop").getString("token")), 404);
  }

  private static String attach(String token, String board, String fileId) {
    return forum.startThread(token, board, new JsonObject().put("title", "With a file").put("body", "See attached")
      .put("files", new JsonArray().add(fileId))).getJsonObject("post").getString("id");
  }
}
