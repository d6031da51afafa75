package eu.urbis.forum;

import eu.urbis.db.AfterCommit;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

import java.util.Optional;

/** Forum posts as report targets: every signed-in user sees every live post; deleting is a soft delete. */
public final class PostReports implements ReportTarget {
  private final PostRepository posts;
  private final PostService service;

  public PostReports(PostRepository posts, PostService service) {
    this.posts = posts;
    this.service = service;
  }

  @Override
  public String type() {
    return "post";
  }

  @Override
  public Future<Optional<String>> authorIfVisible(SqlClient db, User reporter, long id) {
    return posts.post(db, id, reporter).map(found -> found.filter(post -> !post.deleted()).map(post -> post.author().id()));
  }

  @Override
  public Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User moderator, long id) {
    return service.delete(tx, afterCommit, moderator, id, null);
  }
}
