package eu.urbis.notify;

import eu.urbis.bus.Addresses;
import eu.urbis.chat.MessagePosted;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears chat messages that are direct or mention someone ({@link Addresses#CHAT}, after their commit) and tells
 * those who may see the room: the mentioned (anyone for a public room, members otherwise) and the other person of a
 * direct room.
 */
final class ChatNotifier {
  private static final Logger log = LoggerFactory.getLogger(ChatNotifier.class);

  private final Pool pool;
  private final NotificationRepository repository;
  private final Fanout fanout;
  /** One message's fan-out after the other, in the order they came. */
  private Future<Void> queue = Future.succeededFuture();

  ChatNotifier(Vertx vertx, Pool pool, NotificationRepository repository, Fanout fanout) {
    this.pool = pool;
    this.repository = repository;
    this.fanout = fanout;
    vertx.eventBus().<JsonObject>consumer(Addresses.CHAT, message -> {
      MessagePosted posted = MessagePosted.fromJson(message.body());
      queue = queue.transform(ignored -> heard(posted)
        .onFailure(failure -> log.warn("notifications of message {} failed: {}", posted.messageId(), failure.toString())));
    });
  }

  Future<Void> heard(MessagePosted posted) {
    String[] mentions = posted.mentions().toArray(String[]::new);
    return fanout.committed(pool, tx -> repository.fanOutMessage(tx, Long.parseLong(posted.messageId()), mentions)).mapEmpty();
  }
}
