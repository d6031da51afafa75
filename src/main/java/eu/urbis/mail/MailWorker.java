package eu.urbis.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The periodic job of every node ({@code notify.mail.tickSeconds}): note who is online here, queue what is due,
 * then send what is queued. Nodes run it side by side: the outbox's unique key and the claim's
 * {@code FOR UPDATE SKIP LOCKED} make each mail queued once and sent by one node. A tick still running when the
 * next is due makes that one skip.
 */
public final class MailWorker {
  private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

  private final Vertx vertx;
  private final Presence presence;
  private final MailBuilder builder;
  private final Outbox outbox;
  private final MailSender sender;
  private final MailConfig config;
  private final AtomicBoolean running = new AtomicBoolean();
  private long timer = -1;

  MailWorker(Vertx vertx, Presence presence, MailBuilder builder, Outbox outbox, MailSender sender, MailConfig config) {
    this.vertx = vertx;
    this.presence = presence;
    this.builder = builder;
    this.outbox = outbox;
    this.sender = sender;
    this.config = config;
  }

  public void start() {
    timer = vertx.setPeriodic(config.tick().toMillis(), id -> {
      if (running.compareAndSet(false, true)) {
        tick().onFailure(failure -> log.warn("Mail tick failed: {}", failure.getMessage()))
          .onComplete(done -> running.set(false));
      }
    });
  }

  public Future<Void> stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    return sender == null ? Future.succeededFuture() : sender.close();
  }

  /** One round of the job; tests call it to let time pass on their own terms. */
  public Future<Void> tick() {
    return presence.record()
      .compose(v -> builder.immediate())
      .compose(v -> builder.digests())
      .compose(v -> send());
  }

  /** Sends what is due, batch after batch, until a batch comes back short; without SMTP it leaves the outbox as it is. */
  public Future<Void> send() {
    if (sender == null) {
      return Future.succeededFuture();
    }
    return outbox.cancelUnmailable().compose(v -> sendBatches());
  }

  private Future<Void> sendBatches() {
    return sender.sendDue().compose(claimed -> claimed < config.batch() ? Future.succeededFuture() : sendBatches());
  }

  /**
   * Queues the digests of mode (daily or weekly) for the period ending at {@code end}, as a tick does for the latest
   * period; tests and the digest benchmark name their own period.
   * @return how many digests were queued
   */
  public Future<Integer> queueDigests(String mode, Instant end) {
    return builder.digest(DigestPeriod.ending(mode, end));
  }
}
