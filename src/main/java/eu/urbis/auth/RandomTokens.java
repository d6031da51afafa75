package eu.urbis.auth;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Secrets and ids for sessions, from a NIST SP 800-90A DRBG seeded once when this is built (at start-up, on a
 * worker). The platform's default generator reads {@code /dev/urandom} whenever its buffer runs dry, which is
 * file I/O on whichever event loop happens to ask; a seeded DRBG only computes.
 */
final class RandomTokens {
  private final SecureRandom random;

  RandomTokens() {
    try {
      random = SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM since 9 has DRBG", e);
    }
    random.nextBytes(new byte[1]); // draws the seed now, off the event loops
  }

  /** 256 random bits, URL-safe. */
  String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A version 4 UUID, as {@link UUID#randomUUID()} makes it. */
  UUID uuid() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
