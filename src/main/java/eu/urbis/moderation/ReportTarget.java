package eu.urbis.moderation;

import eu.urbis.db.AfterCommit;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/** What can be reported (a forum post, a chat message): the feature that owns it decides visibility and deletion. */
public interface ReportTarget {

  /** "post" or "message", as in API.md. */
  String type();

  /** The target's author id, when the target exists, is not deleted, and {@code reporter} may see it. */
  Future<Optional<String>> authorIfVisible(SqlClient db, User reporter, long id);

  /**
   * Deletes the target as {@code moderator} inside {@code tx} (auditing it as the owner does), queueing on
   * {@code afterCommit} what to announce once the transaction has committed (e.g. a chat "deleted" frame).
   */
  Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User moderator, long id);
}
