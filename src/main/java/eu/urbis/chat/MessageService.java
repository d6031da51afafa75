package eu.urbis.chat;

import eu.urbis.app.UrbisConfig;
import eu.urbis.auth.Policy;
import eu.urbis.bus.Addresses;
import eu.urbis.content.ContentRenderer;
import eu.urbis.http.RateLimiter;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * Sending, editing and deleting messages in a room the caller may see: validate → mute → rate → render →
 * group commit (sends) or one transaction (edits, deletes) → publish to the room after commit.
 */
final class MessageService {
  private final Vertx vertx;
  private final Pool pool;
  private final ChatRepository repository;
  private final ChatShards shards;
  private final Mutes mutes;
  private final ContentRenderer content;
  private final RateLimiter sendLimit;
  private final int maxBodyChars;

  MessageService(Vertx vertx, Pool pool, ChatRepository repository, ChatShards shards, Mutes mutes, ContentRenderer content, UrbisConfig.Chat config) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.shards = shards;
    this.mutes = mutes;
    this.content = content;
    this.sendLimit = new RateLimiter(config.sendBurst(), config.sendWindow());
    this.maxBodyChars = config.maxBodyChars();
  }

  /**
   * Completes once the send is handed to its room's sequencer, with the future of its commit: the stored message
   * (for a retried client id, the one it already made). Refusals (muted, rate limited, too large) fail the outer one.
   */
  Future<Future<ChatMessage>> accept(User author, ClientFrame.Send send) {
    validBody(send.body(), send.clientId());
    return mutes.isMuted(send.room(), author.id()).compose(muted -> {
      if (muted) {
        throw new ChatException(ErrorCode.MUTED, "You are muted in this room.", send.clientId());
      }
      if (sendLimit.retryAfterSeconds(author.id()) > 0) {
        throw new ChatException(ErrorCode.RATE_LIMITED, "Too many messages; wait a few seconds.", send.clientId());
      }
      sendLimit.record(author.id());
      String html = content.renderChat(send.body()).html();
      return Future.succeededFuture(shards.submit(send.room(), author, send.clientId(), send.body(), html));
    });
  }

  Future<Void> edit(User editor, ClientFrame.Edit edit) {
    validBody(edit.body(), edit.type());
    return mutes.isMuted(edit.room(), editor.id())
      .compose(muted -> muted ? Future.failedFuture(new ChatException(ErrorCode.MUTED, "You are muted in this room.", edit.type()))
        : changeable(editor, edit.room(), edit.id(), edit.type()))
      .compose(v -> repository.edit(pool, edit.room(), edit.id(), edit.body(), content.renderChat(edit.body()).html()))
      .compose(edited -> edited.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(noMessage(edit.type()))))
      .onSuccess(message -> publish(edit.room(), ChatCodec.edited(message)))
      .mapEmpty();
  }

  Future<Void> delete(User deleter, ClientFrame.Delete delete) {
    return changeable(deleter, delete.room(), delete.id(), delete.type())
      .compose(v -> repository.delete(pool, delete.room(), delete.id()))
      .compose(seq -> seq.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(noMessage(delete.type()))))
      .onSuccess(seq -> publish(delete.room(), ChatCodec.deleted(delete.room(), delete.id(), seq)))
      .mapEmpty();
  }

  private Future<Void> changeable(User caller, long room, long messageId, String ref) {
    return repository.message(pool, room, messageId).compose(found -> {
      if (found.isEmpty() || found.get().deleted()) {
        return Future.failedFuture(noMessage(ref));
      }
      if (!Policy.canChangeMessage(caller, found.get().author().id())) {
        return Future.failedFuture(new ChatException(ErrorCode.FORBIDDEN, "Only the author or a moderator may change a message.", ref));
      }
      return Future.succeededFuture();
    });
  }

  private void publish(long room, String frame) {
    vertx.eventBus().publish(Addresses.room(Long.toString(room)), RoomEvent.of(room, frame));
  }

  private void validBody(String body, String ref) {
    if (body.isBlank()) {
      throw ChatException.badFrame("'body' must not be empty.", ref);
    }
    if (body.codePointCount(0, body.length()) > maxBodyChars) {
      throw new ChatException(ErrorCode.TOO_LARGE, "A message holds at most " + maxBodyChars + " characters.", ref);
    }
  }

  private static ChatException noMessage(String ref) {
    return ChatException.badFrame("No such message in this room.", ref);
  }
}
