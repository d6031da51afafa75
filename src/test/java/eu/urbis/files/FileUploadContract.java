package eu.urbis.files;

import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.RunningServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading and downloading, the same tests against each store: {@link FileUploadPostgresTest} and
 * {@link FileUploadS3Test} only say which server they run on.
 */
abstract class FileUploadContract {
  static final int MAX_BYTES = 1_048_576;
  /** A file over two store chunks, so a download joins parts. */
  static final int LARGE = 600 * 1024;

  /** Both stores' servers: a 1 MiB limit and a 3 MiB quota keep the uploads small. */
  static Consumer<JsonObject> limits(JsonObject files) {
    return config -> config.put("files", files.put("maxBytes", MAX_BYTES).put("quotaMiB", 3));
  }

  abstract RunningServer server();

  /** How many bytes the store holds for this content. */
  abstract long storedBytes(String sha256);

  private Api api() {
    return server().api();
  }

  private FilesApi files() {
    return new FilesApi(api());
  }

  private String member(String prefix) {
    return api().newMember(prefix).getString("token");
  }

  @Test
  void anUploadAnswersTheTypeItsContentShowsItsSizeAndSha256() throws Exception {
    Buffer pdf = FilesApi.pdf("Procurement template");
    JsonObject file = files().uploaded(member("up"), "template.pdf", pdf, "text/plain");
    assertThat(file.getString("id")).matches("[0-9]+");
    assertThat(file.getString("name")).isEqualTo("template.pdf");
    assertThat(file.getString("type")).isEqualTo("application/pdf");
    assertThat(file.getLong("size")).isEqualTo(pdf.length());
    assertThat(file.getString("sha256")).isEqualTo(sha256(pdf));
    assertThat(file.getString("preview")).isEqualTo("/api/files/" + file.getString("id") + "/preview");
  }

  @Test
  void anUploadOfManyNetworkBuffersAnswersTheSha256OfAllItsBytesAndStoresThemAll() throws Exception {
    Buffer content = FilesApi.bytes(LARGE, "hashed in parts");
    JsonObject file = files().uploaded(member("hash"), "parts.bin", content, "application/octet-stream");
    assertThat(file.getString("sha256")).isEqualTo(sha256(content));
    assertThat(storedBytes(file.getString("sha256"))).isEqualTo(LARGE);
  }

  @Test
  void theUploaderDownloadsTheSameBytesWithTheSafeHeaders() {
    String token = member("down");
    Buffer content = FilesApi.bytes(LARGE, "three chunks");
    JsonObject file = files().uploaded(token, "data.bin", content, "image/png");
    HttpResponse<Buffer> download = api().get("/api/files/" + file.getString("id"), token);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body().getBytes()).isEqualTo(content.getBytes());
    assertThat(download.getHeader("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment; filename=\"data.bin\"");
    assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
  }

  @Test
  void aPdfIsServedInline() {
    String token = member("inline");
    JsonObject file = files().uploaded(token, "report.pdf", FilesApi.pdf("Evaluation report"), "application/pdf");
    HttpResponse<Buffer> download = api().get("/api/files/" + file.getString("id"), token);
    assertThat(download.getHeader("Content-Type")).isEqualTo("application/pdf");
    assertThat(download.getHeader("Content-Disposition")).startsWith("inline; filename=\"report.pdf\"");
  }

  @Test
  void theSameContentUploadedTwiceIsStoredOnce() {
    Buffer content = FilesApi.bytes(LARGE, "stored once");
    JsonObject first = files().uploaded(member("once-a"), "a.bin", content, "application/octet-stream");
    JsonObject second = files().uploaded(member("once-b"), "b.bin", content, "application/octet-stream");
    assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
    assertThat(second.getString("sha256")).isEqualTo(first.getString("sha256"));
    assertThat(Db.count(server(), "SELECT count(*) FROM file_contents WHERE sha256 = $1", first.getString("sha256"))).isEqualTo(1);
    assertThat(storedBytes(first.getString("sha256"))).isEqualTo(LARGE);
  }

  @Test
  void aFileOverTheLimitIs413AndNothingIsStored() throws Exception {
    Buffer content = FilesApi.bytes(MAX_BYTES + 1, "too large");
    long before = Db.count(server(), "SELECT count(*) FROM files");
    assertProblem(files().upload(member("big"), "big.bin", content, "application/octet-stream"), 413);
    assertThat(Db.count(server(), "SELECT count(*) FROM files")).isEqualTo(before);
    assertThat(Db.count(server(), "SELECT count(*) FROM file_contents WHERE sha256 = $1", sha256(content))).isZero();
    assertThat(storedBytes(sha256(content))).isZero();
  }

  @Test
  void aFileAtTheLimitIsTaken() {
    JsonObject file = files().uploaded(member("limit"), "limit.bin", FilesApi.bytes(MAX_BYTES, "at the limit"), "application/octet-stream");
    assertThat(file.getLong("size")).isEqualTo(MAX_BYTES);
  }

  @Test
  void anUploadThatWouldPassTheQuotaIs413() {
    String token = member("quota");
    for (int i = 0; i < 3; i++) {
      files().uploaded(token, "part" + i + ".bin", FilesApi.bytes(900 * 1024, "quota " + i), "application/octet-stream");
    }
    assertProblem(files().upload(token, "part3.bin", FilesApi.bytes(900 * 1024, "quota 3"), "application/octet-stream"), 413);
  }

  @Test
  void htmlDisguisedAsAnImageIsServedAsAnAttachmentWithItsRealType() {
    String token = member("html");
    Buffer page = Buffer.buffer("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    JsonObject file = files().uploaded(token, "photo.png", page, "image/png");
    assertThat(file.getString("type")).isEqualTo("text/html");
    assertThat(file.getString("preview")).isNull();
    HttpResponse<Buffer> download = api().get("/api/files/" + file.getString("id"), token);
    assertThat(download.getHeader("Content-Type")).startsWith("text/html");
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
    assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
  }

  @Test
  void anExecutableDisguisedAsAnImageKeepsItsRealType() {
    Buffer elf = Buffer.buffer(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0}).appendBuffer(FilesApi.bytes(64, "elf"));
    JsonObject file = files().uploaded(member("elf"), "cat.jpg", elf, "image/jpeg");
    assertThat(file.getString("type")).isNotEqualTo("image/jpeg").startsWith("application/x-");
  }

  @Test
  void aNameWithPathSeparatorsControlCharactersOrAThousandCharactersIsStoredSafely() {
    String token = member("names");
    JsonObject traversal = files().uploaded(token, "../../etc/passwd", Buffer.buffer("root:x:0:0"), "text/plain");
    assertThat(traversal.getString("name")).isEqualTo("passwd");
    JsonObject windows = files().uploaded(token, "C:\\Users\\x\\report.txt", Buffer.buffer("report"), "text/plain");
    assertThat(windows.getString("name")).isEqualTo("report.txt");
    JsonObject control = files().uploaded(token, "bad\u0007\u202ename.txt", Buffer.buffer("control"), "text/plain");
    assertThat(control.getString("name")).isEqualTo("badname.txt");
    JsonObject longName = files().uploaded(token, "a".repeat(1_000) + ".pdf", Buffer.buffer("long"), "text/plain");
    assertThat(longName.getString("name")).hasSize(FileNames.MAX_CODE_POINTS).endsWith(".pdf");
    HttpResponse<Buffer> download = api().get("/api/files/" + control.getString("id"), token);
    assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"badname.txt\"; filename*=UTF-8''badname.txt");
  }

  @Test
  void someoneElseGets404ForAFileAttachedNowhere() {
    JsonObject file = files().uploaded(member("mine"), "mine.txt", Buffer.buffer("mine alone"), "text/plain");
    assertProblem(api().get("/api/files/" + file.getString("id"), member("other")), 404);
  }

  @Test
  void unknownAndMalformedFileIdsAre404() {
    String token = member("ids");
    assertProblem(api().get("/api/files/999999999", token), 404);
    assertProblem(api().get("/api/files/not-a-number", token), 404);
  }

  @Test
  void anUploadWithoutAFilePartIs400AndWithoutSignInIs401() {
    HttpResponse<Buffer> noFile = api().raw(HttpMethod.POST, "/api/files", "multipart/form-data; boundary=x",
      Buffer.buffer("--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n--x--\r\n"), member("nofile"));
    assertProblem(noFile, 400);
    assertProblem(files().upload(null, "a.txt", Buffer.buffer("anonymous"), "text/plain"), 401);
  }

  static String sha256(Buffer content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes()));
  }
}
