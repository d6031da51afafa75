package eu.urbis.forum;

import eu.urbis.files.Attachments;
import eu.urbis.http.PathIds;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

import java.util.List;

/**
 * Writes new threads and posts inside the caller's transaction, with everything that must change with them:
 * the post at its place in the tree, the thread's post count and last activity, the board's thread count and
 * the users a post mentions and the files attached to it. The API and the demo seeding both write through here.
 */
public final class PostWriter {
  private final ForumRepository forum;
  private final PostRepository posts;
  private final Attachments attachments;

  /** The ids of a new thread and its opening post. */
  record Opened(long threadId, long postId) {
  }

  public PostWriter(ForumRepository forum, PostRepository posts, Attachments attachments) {
    this.forum = forum;
    this.posts = posts;
    this.attachments = attachments;
  }

  /** The thread's title is searched in its opening post's language. */
  Future<Opened> open(SqlClient tx, long boardId, String authorId, ThreadDraft draft, PostText text) {
    return forum.insertThread(tx, boardId, authorId, draft, text.config())
      .compose(threadId -> write(tx, ReplyTree.Place.root(threadId), null, authorId, draft.body(), text, draft.files())
        .compose(postId -> forum.setOpeningPost(tx, threadId, postId)
          .compose(v -> forum.addToThreadCount(tx, boardId, 1))
          .map(new Opened(threadId, postId))));
  }

  /** @param files ids of the author's own uploads; @return the new post's id */
  Future<Long> write(SqlClient tx, ReplyTree.Place parent, Long parentId, String authorId, String body, PostText text,
                     List<Long> files) {
    return posts.insert(tx, parent, parentId, authorId, body, text)
      .compose(inserted -> forum.countNewPost(tx, parent.threadId(), inserted.createdAt())
        .compose(v -> posts.recordMentions(tx, inserted.id(), text.rendered().mentions()))
        .compose(v -> attachments.attach(tx, Long.parseLong(authorId), files, Attachments.POST, inserted.id()))
        .map(inserted.id()));
  }

  Future<Post> load(SqlClient db, long postId, User viewer) {
    return posts.post(db, postId, viewer).map(found -> found.orElseThrow(() -> PathIds.notFound("post")));
  }
}
