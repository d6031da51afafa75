package eu.urbis.forum;

import eu.urbis.db.AfterCommit;
import eu.urbis.moderation.ReportTarget;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

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
  public Future<Boolean> visibleTo(SqlClient db, User reporter, long id) {
    return posts.post(db, id).map(found -> found.filter(post -> !post.deleted()).isPresent());
  }

  @Override
  public Future<Void> delete(SqlClient tx, AfterCommit afterCommit, User moderator, long id) {
    return service.delete(tx, afterCommit, moderator, id);
  }
}
