package eu.urbis.files;

import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The type of a file from its content (Apache Tika's magic bytes); the client's name only refines a type the
 * content already shows (a zip that is a .docx), so an HTML page called photo.png stays text/html.
 */
final class ContentTypes {
  /** Shown in the browser; everything else (SVG and HTML included) downloads as an attachment. */
  private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");
  private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif");

  private final Tika tika = new Tika();

  /** Blocking: reads the start of the file. */
  String detect(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return tika.detect(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first detection loads Tika's type database: done once at start-up, on a worker. */
  void warmUp() {
    tika.detect(new byte[] {'%', 'P', 'D', 'F', '-'});
  }

  static boolean inline(String type) {
    return INLINE.contains(type);
  }

  static boolean previewable(String type) {
    return IMAGES.contains(type) || type.equals("application/pdf");
  }

  static boolean image(String type) {
    return IMAGES.contains(type);
  }
}
