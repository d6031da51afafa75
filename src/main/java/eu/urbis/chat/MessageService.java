package eu.urbis.chat;

import eu.urbis.audit.AuditLog;
import eu.urbis.bus.Addresses;
import eu.urbis.content.ContentRenderer;
import eu.urbis.db.AfterCommit;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.files.Attachments;
import eu.urbis.http.RateCounts;
import eu.urbis.http.RateLimiter;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.function.BiPredicate;

/**
 * Sending, editing and deleting messages in a room the caller may see: validate → mute → rate → render →
 * group commit (sends) or one transaction (edits, deletes, see {@link Transactions}) → publish to the room after
 * commit.
 */
final class MessageService {
  private final Vertx vertx;
  private final Pool pool;
  private final ChatRepository repository;
  private final ChatShards shards;
  private final Mutes mutes;
  private final ContentRenderer content;
  private final AuditLog audit;
  private final RateLimiter sendLimit;
  private final RateLimiter editLimit;
  private final int maxBodyChars;
  private final Attachments attachments;

  MessageService(Vertx vertx, Pool pool, ChatRepository repository, ChatShards shards, Mutes mutes, ContentRenderer content,
                 AuditLog audit, ChatConfig config, RateCounts counts, RateLimiter editLimit, Attachments attachments) {
    this.vertx = vertx;
    this.pool = pool;
    this.repository = repository;
    this.shards = shards;
    this.mutes = mutes;
    this.content = content;
    this.audit = audit;
    this.sendLimit = new RateLimiter(counts, "chat-sends", config.sendBurst(), config.sendWindow());
    this.editLimit = editLimit;
    this.maxBodyChars = config.maxBodyChars();
    this.attachments = attachments;
  }

  /**
   * Completes once the send is handed to its room's sequencer, with the future of its commit: the stored message
   * (for a retried client id, the one it already made). Refusals (muted, rate limited, too large) fail the outer one.
   * {@code direct}: the room is a direct one, so the other person is told of it (notifications).
   */
  Future<Future<ChatMessage>> accept(User author, ClientFrame.Send send, boolean direct) {
    return validBody(send.body(), send.clientId())
      .compose(v -> mutes.isMuted(send.room(), author.id()))
      .compose(muted -> attached(author, send).compose(files -> {
        if (muted) {
          return Future.failedFuture(muted(send.clientId()));
        }
        return ChatAllowance.take(sendLimit, author, "Too many messages; wait a few seconds.", send.clientId())
          .map(v -> shards.submit(send.room(), author, send.clientId(), send.body(), content.renderChat(send.body()), direct, files));
      }));
  }

  /**
   * A message the server writes in the author's name (the link to a thread made from the room): no mute or rate
   * check, since nobody typed it; a retried {@code clientId} answers the first.
   */
  Future<ChatMessage> notice(User author, long room, String clientId, String body) {
    return shards.submit(room, author, clientId, body, content.renderChat(body), false, Attached.NONE);
  }

  /** The send's files must be the author's own uploads; a send without files costs no query. */
  private Future<Attached> attached(User author, ClientFrame.Send send) {
    if (send.files().isEmpty()) {
      return Future.succeededFuture(Attached.NONE);
    }
    return attachments.ownFiles(pool, author.numericId(), send.files())
      .map(json -> new Attached(send.files(), json))
      .recover(failure -> Future.failedFuture(failure instanceof Failure
        ? ChatException.badFrame("'files' names a file you did not upload.", send.clientId())
        : failure));
  }

  Future<Void> edit(User editor, ClientFrame.Edit edit) {
    return validBody(edit.body(), edit.type())
      .compose(v -> mutes.isMuted(edit.room(), editor.id()))
      .compose(muted -> muted
        ? Future.failedFuture(muted(edit.type()))
        : ChatAllowance.take(editLimit, editor, "Too many edits; wait a little.", edit.type()))
      .map(v -> content.renderChat(edit.body()).html())
      .compose(html -> Transactions.run(pool, (tx, afterCommit) -> edit(tx, afterCommit, editor, edit, html)));
  }

  Future<Void> delete(User deleter, ClientFrame.Delete delete) {
    return Transactions.run(pool, (tx, afterCommit) -> delete(tx, afterCommit, deleter, delete.room(), delete.id(), delete.type()));
  }

  /**
   * Deletes inside the caller's transaction, auditing a deletion by anyone but the author there too; the
   * "deleted" announcement goes out once the transaction has committed.
   */
  Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User deleter, long room, long messageId, String ref) {
    return changeable(tx, deleter, room, messageId, ref, ChatPolicy::canDeleteMessage, "Only the author or a moderator may delete a message.")
      .compose(message -> repository.delete(tx, room, messageId)
        .compose(seq -> seq.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(noMessage(ref))))
        .compose(seq -> auditOthers(tx, deleter, message)
          .onSuccess(v -> afterCommit.add(() -> publish(RoomEvent.of(room, ChatCodec.deleted(room, messageId, seq)))))));
  }

  private Future<Void> edit(SqlClient tx, AfterCommit afterCommit, User editor, ClientFrame.Edit edit, String html) {
    return changeable(tx, editor, edit.room(), edit.id(), edit.type(), ChatPolicy::canEditMessage, "Only the author may edit a message.")
      .compose(v -> repository.edit(tx, edit.room(), edit.id(), edit.body(), html))
      .compose(edited -> edited.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(noMessage(edit.type()))))
      .onSuccess(message -> afterCommit.add(() -> publish(RoomEvent.ofMessage(message, 0, ChatCodec.edited(message)))))
      .mapEmpty();
  }

  private Future<ChatMessage> changeable(SqlClient db, User caller, long room, long messageId, String ref,
                                         BiPredicate<User, String> may, String refusal) {
    return repository.message(db, room, messageId).compose(found -> {
      if (found.isEmpty() || found.get().deleted()) {
        return Future.failedFuture(noMessage(ref));
      }
      if (!may.test(caller, found.get().author().id())) {
        return Future.failedFuture(new ChatException(ErrorCode.FORBIDDEN, refusal, ref));
      }
      return Future.succeededFuture(found.get());
    });
  }

  private Future<Void> auditOthers(SqlClient tx, User deleter, ChatMessage message) {
    if (message.author().id().equals(deleter.id())) {
      return Future.succeededFuture();
    }
    JsonObject detail = new JsonObject().put("roomId", Long.toString(message.roomId())).put("authorId", message.author().id());
    return audit.record(tx, deleter.id(), "message.delete", "message", Long.toString(message.id()), detail);
  }

  private void publish(RoomEvent event) {
    vertx.eventBus().publish(Addresses.room(Long.toString(event.room())), event);
  }

  private Future<Void> validBody(String body, String ref) {
    if (body.isBlank()) {
      return Future.failedFuture(ChatException.badFrame("'body' must not be empty.", ref));
    }
    if (body.codePointCount(0, body.length()) > maxBodyChars) {
      return Future.failedFuture(new ChatException(ErrorCode.TOO_LARGE, "A message holds at most " + maxBodyChars + " characters.", ref));
    }
    return Future.succeededFuture();
  }

  private static ChatException muted(String ref) {
    return new ChatException(ErrorCode.MUTED, "You are muted in this room.", ref);
  }

  private static ChatException noMessage(String ref) {
    return ChatException.badFrame("No such message in this room.", ref);
  }
}
