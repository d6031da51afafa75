package eu.urbis.forum;

import eu.urbis.content.ContentRenderer;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Writes a new post inside the caller's transaction: the post at its place in the tree, the thread's post count
 * and last activity, and the users it mentions. Opening posts and replies both come through here.
 */
public final class PostWriter {
  private final ForumRepository forum;
  private final PostRepository posts;

  public PostWriter(ForumRepository forum, PostRepository posts) {
    this.forum = forum;
    this.posts = posts;
  }

  /** @return the new post's id */
  Future<Long> write(SqlClient tx, ReplyTree.Place parent, Long parentId, User author, String body, ContentRenderer.Rendered rendered) {
    return posts.insert(tx, parent, parentId, author.id(), body, rendered.html())
      .compose(inserted -> forum.countNewPost(tx, parent.threadId(), inserted.createdAt())
        .compose(v -> posts.recordMentions(tx, inserted.id(), rendered.mentions()))
        .map(inserted.id()));
  }

  Future<Post> load(SqlClient db, long postId) {
    return posts.post(db, postId).map(found -> found.orElseThrow(() -> Ids.notFound("post")));
  }
}
