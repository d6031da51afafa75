package eu.urbis.mail;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * One-click unsubscribe links, {@code /api/mail/unsubscribe?u=<user id>&s=<signature>}: the signature is an HMAC-SHA256
 * of the user id under a key derived from the server's JWT secret, so a link for someone else cannot be made.
 */
final class UnsubscribeLinks {
  static final String PATH = "/api/mail/unsubscribe";
  private static final String ALGORITHM = "HmacSHA256";

  private final String publicUrl;
  private final SecretKeySpec key;

  UnsubscribeLinks(String publicUrl, String secret) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.key = new SecretKeySpec(("urbis mail unsubscribe\n" + secret).getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  String url(long userId) {
    return publicUrl + PATH + "?u=" + userId + "&s=" + signature(userId);
  }

  /** The user a link was made for, or empty when the id or the signature is not one this server made. */
  OptionalLong verify(String user, String signature) {
    if (user == null || signature == null || !user.matches("[1-9][0-9]{0,18}")) {
      return OptionalLong.empty();
    }
    long userId = Long.parseLong(user);
    boolean valid = MessageDigest.isEqual(signature(userId).getBytes(StandardCharsets.US_ASCII),
      signature.getBytes(StandardCharsets.US_ASCII));
    return valid ? OptionalLong.of(userId) : OptionalLong.empty();
  }

  private String signature(long userId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(Long.toString(userId).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
