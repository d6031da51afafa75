package eu.urbis.forum;

import eu.urbis.content.ContentRenderer;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Writes new threads and posts inside the caller's transaction, with everything that must change with them:
 * the post at its place in the tree, the thread's post count and last activity, the board's thread count and
 * the users a post mentions. The API and the demo seeding both write through here.
 */
public final class PostWriter {
  private final ForumRepository forum;
  private final PostRepository posts;

  /** The ids of a new thread and its opening post. */
  record Opened(long threadId, long postId) {
  }

  public PostWriter(ForumRepository forum, PostRepository posts) {
    this.forum = forum;
    this.posts = posts;
  }

  Future<Opened> open(SqlClient tx, long boardId, String authorId, ThreadDraft draft, ContentRenderer.Rendered rendered) {
    return forum.insertThread(tx, boardId, authorId, draft)
      .compose(threadId -> write(tx, ReplyTree.Place.root(threadId), null, authorId, draft.body(), rendered)
        .compose(postId -> forum.setOpeningPost(tx, threadId, postId)
          .compose(v -> forum.addToThreadCount(tx, boardId, 1))
          .map(new Opened(threadId, postId))));
  }

  /** @return the new post's id */
  Future<Long> write(SqlClient tx, ReplyTree.Place parent, Long parentId, String authorId, String body, ContentRenderer.Rendered rendered) {
    return posts.insert(tx, parent, parentId, authorId, body, rendered.html())
      .compose(inserted -> forum.countNewPost(tx, parent.threadId(), inserted.createdAt())
        .compose(v -> posts.recordMentions(tx, inserted.id(), rendered.mentions()))
        .map(inserted.id()));
  }

  Future<Post> load(SqlClient db, long postId, User viewer) {
    return posts.post(db, postId, viewer).map(found -> found.orElseThrow(() -> PathIds.notFound("post")));
  }
}
