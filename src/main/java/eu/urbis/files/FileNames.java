package eu.urbis.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a client calls its file, made safe to store and to send back in a header. */
final class FileNames {
  static final int MAX_CODE_POINTS = 200;

  private FileNames() {
  }

  /** The last path segment, without control or format characters, at most 200 characters, never empty. */
  static String clean(String clientName) {
    String name = clientName == null ? "" : clientName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
    if (name.equals(".") || name.equals("..")) {
      name = "";
    }
    if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
      name = keepExtension(name);
    }
    return name.isEmpty() ? "file" : name;
  }

  private static String keepExtension(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    int keep = MAX_CODE_POINTS - extension.length();
    return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
  }

  /** RFC 6266: an ASCII fallback for old clients and the exact name in UTF-8. */
  static String contentDisposition(String disposition, String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
