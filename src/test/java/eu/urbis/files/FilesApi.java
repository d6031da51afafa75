package eu.urbis.files;

import eu.urbis.support.Api;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads through the real multipart endpoint, and makes the files tests send. */
public final class FilesApi {
  private static final String BOUNDARY = "urbis-test-boundary-7Hq2";

  private final Api api;

  public FilesApi(Api api) {
    this.api = api;
  }

  HttpResponse<Buffer> upload(String token, String name, Buffer content, String clientType) {
    Buffer body = Buffer.buffer()
      .appendString("--" + BOUNDARY + "\r\n")
      .appendString("Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n", "UTF-8")
      .appendString("Content-Type: " + clientType + "\r\n\r\n")
      .appendBuffer(content)
      .appendString("\r\n--" + BOUNDARY + "--\r\n");
    return api.raw(HttpMethod.POST, "/api/files", "multipart/form-data; boundary=" + BOUNDARY, body, token);
  }

  /** Uploads and expects 201: the File JSON. */
  public JsonObject uploaded(String token, String name, Buffer content, String clientType) {
    HttpResponse<Buffer> response = upload(token, name, content, clientType);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  /** A one-page PDF whose page says {@code text}. */
  public static Buffer pdf(String text) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return Buffer.buffer(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code size} bytes no other call makes: distinct content each time. */
  public static Buffer bytes(int size, String seed) {
    byte[] pattern = seed.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (pattern[i % pattern.length] + i / pattern.length);
    }
    return Buffer.buffer(bytes);
  }
}
