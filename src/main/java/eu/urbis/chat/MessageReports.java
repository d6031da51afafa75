package eu.urbis.chat;

import eu.urbis.db.AfterCommit;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/** Chat messages as report targets: only what the reporter can see (public rooms, rooms they are in) is reportable. */
final class MessageReports implements ReportTarget {
  private final ChatRepository repository;
  private final MessageService messages;

  MessageReports(ChatRepository repository, MessageService messages) {
    this.repository = repository;
    this.messages = messages;
  }

  @Override
  public String type() {
    return "message";
  }

  @Override
  public Future<Optional<String>> authorIfVisible(SqlClient db, User reporter, long id) {
    return repository.message(db, id).compose(found -> found.isEmpty() || found.get().deleted()
      ? Future.succeededFuture(Optional.empty())
      : repository.visibleRoom(db, reporter.numericId(), found.get().roomId())
        .map(room -> room.map(visible -> found.get().author().id())));
  }

  @Override
  public Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User moderator, long id) {
    return repository.message(tx, id).compose(found -> found.isEmpty() || found.get().deleted()
      ? Future.succeededFuture()
      : messages.delete(tx, afterCommit, moderator, found.get().roomId(), id, "report"));
  }
}
