package eu.urbis.mail;

import java.time.Duration;

/**
 * E-mail settings ({@code smtp.*} and {@code notify.*}). {@code smtp} null means no server is configured: mail is
 * queued and stays in the outbox, where admins see it. {@code publicUrl} starts every link in a mail.
 */
public record MailConfig(
  Smtp smtp,
  String publicUrl,
  Duration emailDelay,
  int digestHour,
  Duration tick,
  int maxAttempts,
  Duration backoff,
  Duration lease,
  int batch) {

  /**
   * {@code tls}: {@code starttls} (upgrade required), {@code tls} (TLS from the first byte) or {@code none};
   * {@code poolSize}: the SMTP connections kept open and used at once.
   */
  public record Smtp(String host, int port, String tls, String user, String password, String from, int poolSize) {
  }
}
