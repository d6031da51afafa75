package eu.urbis.files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A PNG at most 320 × 480 of an image or of a PDF's first page. Bounded before any decoding: an image that claims
 * more than 40 megapixels (a decompression bomb) gets none, others are decoded subsampled, and a page is rendered at
 * the scale that fits the box.
 */
final class Previews {
  static final int WIDTH = 320;
  static final int HEIGHT = 480;
  private static final long MAX_PIXELS = 40_000_000L;

  private Previews() {
  }

  /** Blocking. @return the PNG, or null when there is no preview to make */
  static byte[] render(Path file, String type) throws IOException {
    BufferedImage image = type.equals("application/pdf") ? firstPage(file) : image(file);
    return image == null ? null : png(fit(image));
  }

  private static BufferedImage firstPage(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(TextExtraction.PDF_MEMORY).streamCache)) {
      if (pdf.getNumberOfPages() == 0) {
        return null;
      }
      PDRectangle box = pdf.getPage(0).getCropBox();
      float scale = Math.min(WIDTH / Math.max(box.getWidth(), 1f), HEIGHT / Math.max(box.getHeight(), 1f));
      return new PDFRenderer(pdf).renderImage(0, Math.min(scale, 2f), ImageType.RGB);
    }
  }

  private static BufferedImage image(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
          return null;
        }
        // decode every n-th pixel only: memory stays near the preview's size, not the image's
        int step = (int) Math.max(1, Math.floor(Math.min((double) width / WIDTH, (double) height / HEIGHT)));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage fit(BufferedImage image) {
    double scale = Math.min(1.0, Math.min((double) WIDTH / image.getWidth(), (double) HEIGHT / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, java.awt.Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
