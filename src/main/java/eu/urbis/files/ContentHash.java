package eu.urbis.files;

import io.vertx.core.buffer.Buffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of content arriving in parts, each part hashed through one small array instead of a copy of its own. */
final class ContentHash {
  private static final int AT_ONCE = 16 * 1024;

  private final MessageDigest sha = sha256();
  private final byte[] window = new byte[AT_ONCE];

  void update(Buffer part) {
    for (int at = 0; at < part.length(); at += AT_ONCE) {
      int end = Math.min(part.length(), at + AT_ONCE);
      part.getBytes(at, end, window, 0);
      sha.update(window, 0, end - at);
    }
  }

  /** Lowercase hex; the hash starts over after. */
  String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
