package eu.urbis.files;

import eu.urbis.support.Api;
import eu.urbis.support.Db;
import eu.urbis.support.ServerExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Previews of images and PDFs, made on the document worker once and cached; hostile files get none. */
class FilePreviewTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final FilesApi files = new FilesApi(api);

  @Test
  void aPdfsFirstPageIsRenderedAsAPngOnceAndCached() throws IOException {
    String token = api.newMember("pdf-preview").getString("token");
    JsonObject pdf = files.uploaded(token, "deck.pdf", FilesApi.pdf("Webinar deck"), "application/pdf");
    HttpResponse<Buffer> preview = api.get(pdf.getString("preview"), token);
    assertThat(preview.statusCode()).as(preview.bodyAsString()).isEqualTo(200);
    assertThat(preview.getHeader("Content-Type")).isEqualTo("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.body().getBytes()));
    assertThat(image.getWidth()).isLessThanOrEqualTo(Previews.WIDTH);
    assertThat(image.getHeight()).isLessThanOrEqualTo(Previews.HEIGHT);
    assertThat(Db.count(server, "SELECT count(*) FROM file_previews WHERE sha256 = $1 AND png IS NOT NULL", pdf.getString("sha256"))).isEqualTo(1);
    assertThat(api.get(pdf.getString("preview"), token).body()).isEqualTo(preview.body());
  }

  @Test
  void aLargeImageGetsAThumbnailThatFitsTheBox() throws IOException {
    String token = api.newMember("thumb").getString("token");
    JsonObject photo = files.uploaded(token, "street.png", png(1600, 900), "image/png");
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(api.get(photo.getString("preview"), token).body().getBytes()));
    assertThat(thumbnail.getWidth()).isLessThanOrEqualTo(Previews.WIDTH).isGreaterThan(100);
  }

  @Test
  void aBrokenPdfHasNoPreviewAndTheWorkerGoesOn() throws IOException {
    String token = api.newMember("broken").getString("token");
    Buffer broken = Buffer.buffer("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF garbage");
    JsonObject pdf = files.uploaded(token, "broken.pdf", broken, "application/pdf");
    assertThat(pdf.getString("type")).isEqualTo("application/pdf");
    assertProblem(api.get(pdf.getString("preview"), token), 404);
    JsonObject image = files.uploaded(token, "after.png", png(40, 30), "image/png");
    assertThat(api.get(image.getString("preview"), token).statusCode()).isEqualTo(200);
  }

  @Test
  void anImageClaimingAHundredThousandPixelsSquareHasNoPreview() throws IOException {
    String token = api.newMember("bomb").getString("token");
    JsonObject bomb = files.uploaded(token, "bomb.png", claimingSize(png(8, 8), 100_000, 100_000), "image/png");
    assertProblem(api.get(bomb.getString("preview"), token), 404);
  }

  @Test
  void aFileThatIsNotAnImageOrPdfHasNoPreview() {
    String token = api.newMember("text-preview").getString("token");
    JsonObject text = files.uploaded(token, "notes.txt", Buffer.buffer("plain notes"), "text/plain");
    assertThat(text.getString("preview")).isNull();
    assertProblem(api.get("/api/files/" + text.getString("id") + "/preview", token), 404);
  }

  @Test
  void someoneWhoMayNotDownloadTheFileGets404ForItsPreview() throws IOException {
    JsonObject photo = files.uploaded(api.newMember("private-photo").getString("token"), "p.png", png(20, 20), "image/png");
    assertProblem(api.get(photo.getString("preview"), api.newMember("stranger").getString("token")), 404);
  }

  private static Buffer png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      image.setRGB(x, x % height, 0xff8800 + x);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return Buffer.buffer(out.toByteArray());
  }

  /** The same PNG with its header claiming other dimensions (and a valid header checksum). */
  private static Buffer claimingSize(Buffer png, int width, int height) {
    byte[] bytes = png.getBytes();
    Buffer header = Buffer.buffer().appendInt(width).appendInt(height);
    System.arraycopy(header.getBytes(), 0, bytes, 16, 8);
    CRC32 crc = new CRC32();
    crc.update(bytes, 12, 17);
    Buffer checksum = Buffer.buffer().appendInt((int) crc.getValue());
    System.arraycopy(checksum.getBytes(), 0, bytes, 29, 4);
    return Buffer.buffer(bytes);
  }
}
