package eu.urbis.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.core.MultiMap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends claimed outbox rows over SMTP and records each outcome: sent, or tried again after a backoff that doubles
 * with each attempt, or failed for good after {@code notify.mail.maxAttempts}, the last error kept.
 */
final class MailSender {
  private final MailClient client;
  private final String from;
  private final Outbox outbox;
  private final MailConfig config;

  MailSender(Vertx vertx, MailConfig.Smtp smtp, Outbox outbox, MailConfig config) {
    this.client = MailClient.createShared(vertx, options(smtp), "urbis-mail");
    this.from = smtp.from();
    this.outbox = outbox;
    this.config = config;
  }

  /** @return how many rows were claimed (a full batch means more may be due) */
  Future<Integer> sendDue() {
    return outbox.claim(config.batch(), config.lease()).compose(claimed -> {
      List<Long> sent = new ArrayList<>();
      List<Future<Void>> outcomes = claimed.stream()
        .map(mail -> client.sendMail(message(mail))
          .<Void>map(result -> {
            synchronized (sent) {
              sent.add(mail.id());
            }
            return null;
          })
          .recover(failure -> notSent(mail, failure)))
        .toList();
      return Future.join(outcomes).eventually(() -> outbox.sent(sent)).map(claimed.size());
    });
  }

  Future<Void> close() {
    return client.close();
  }

  private Future<Void> notSent(Outgoing mail, Throwable failure) {
    boolean giveUp = mail.attempts() >= config.maxAttempts();
    Duration retryIn = config.backoff().multipliedBy(1L << Math.min(mail.attempts() - 1, 20));
    String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return outbox.notSent(mail.id(), retryIn, giveUp, error.length() > 500 ? error.substring(0, 500) : error);
  }

  private MailMessage message(Outgoing mail) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap()
      .add("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">")
      .add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return new MailMessage()
      .setFrom(from)
      .setTo(mail.recipient())
      .setSubject(mail.subject())
      .setText(mail.text())
      .setHtml(mail.html())
      .setHeaders(headers);
  }

  private static io.vertx.ext.mail.MailConfig options(MailConfig.Smtp smtp) {
    io.vertx.ext.mail.MailConfig options = new io.vertx.ext.mail.MailConfig()
      .setHostname(smtp.host())
      .setPort(smtp.port())
      .setKeepAlive(true)
      .setMaxPoolSize(smtp.poolSize());
    switch (smtp.tls()) {
      case "tls" -> options.setSsl(true).setStarttls(StartTLSOptions.DISABLED);
      case "starttls" -> options.setStarttls(StartTLSOptions.REQUIRED);
      default -> options.setStarttls(StartTLSOptions.DISABLED);
    }
    if (smtp.user() != null) {
      options.setUsername(smtp.user()).setPassword(smtp.password()).setLogin(LoginOption.REQUIRED);
    } else {
      options.setLogin(LoginOption.DISABLED);
    }
    return options;
  }
}
