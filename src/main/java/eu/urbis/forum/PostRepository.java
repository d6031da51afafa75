package eu.urbis.forum;

import eu.urbis.db.Rows;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for posts, their revisions, reactions and mentions. Every method takes the client to run on. */
public final class PostRepository {

  /** What an insert assigns: the id and the commit-independent creation time. */
  record Inserted(long id, OffsetDateTime createdAt) {
    static Inserted fromRow(Row row) {
      return new Inserted(row.getLong("id"), row.getOffsetDateTime("created_at"));
    }
  }

  /** {@code viewer}: the user the post is read for (their reactions come with it). */
  public Future<Optional<Post>> post(SqlClient db, long id, User viewer) {
    return db.preparedQuery(PostSql.BY_ID).mapping(Post::fromRow).execute(Tuple.of(id, viewer.numericId())).map(Rows::first);
  }

  public Future<Optional<Post>> lock(SqlClient db, long id, User viewer) {
    return db.preparedQuery(PostSql.LOCK).mapping(Post::fromRow).execute(Tuple.of(id, viewer.numericId())).map(Rows::first);
  }

  public Future<Optional<ReplyTree.Place>> place(SqlClient db, long id) {
    return db.preparedQuery(PostSql.PLACE).mapping(ReplyTree.Place::fromRow).execute(Tuple.of(id)).map(Rows::first);
  }

  /** @param inclusive whether the post at {@code afterPath} starts the page (else the page starts after it) */
  public Future<List<Post>> treePage(SqlClient db, long threadId, String afterPath, boolean inclusive, int limit, User viewer) {
    return db.preparedQuery(PostSql.TREE_PAGE)
      .execute(Tuple.of(threadId, afterPath, limit, viewer.numericId(), inclusive))
      .map(rows -> Rows.read(rows, Post::reader));
  }

  Future<Inserted> insert(SqlClient db, ReplyTree.Place parent, Long parentId, String authorId, String body, PostText text) {
    Tuple values = Tuple.of(parent.threadId(), parentId, parent.childDepth(), parent.path(), Long.parseLong(authorId), body,
      text.html(), text.config(), text.plain(), text.languageCode(), text.chosen());
    return db.preparedQuery(PostSql.INSERT)
      .mapping(Inserted::fromRow)
      .execute(values)
      .map(rows -> rows.iterator().next());
  }

  public Future<Void> keepRevision(SqlClient db, long postId) {
    return db.preparedQuery(PostSql.KEEP_REVISION).execute(Tuple.of(postId)).mapEmpty();
  }

  /** Also moves the thread's title to the new language when the post opens it. */
  Future<Void> edit(SqlClient db, long postId, String body, PostText text, String editorId) {
    Tuple values = Tuple.of(postId, body, text.html(), Long.parseLong(editorId), text.plain(), text.languageCode(), text.chosen(),
      text.config());
    return db.preparedQuery(PostSql.EDIT).execute(values)
      .compose(v -> followedByTitles(db, List.of(postId)));
  }

  Future<Void> followedByTitles(SqlClient db, List<Long> postIds) {
    return db.preparedQuery(PostSql.FOLLOW_OPENING_POST)
      .execute(Tuple.tuple().addArrayOfLong(postIds.toArray(Long[]::new)))
      .mapEmpty();
  }

  public Future<Void> softDelete(SqlClient db, long postId) {
    return db.preparedQuery(PostSql.SOFT_DELETE).execute(Tuple.of(postId)).mapEmpty();
  }

  public Future<List<Revision>> revisions(SqlClient db, long postId) {
    return db.preparedQuery(PostSql.REVISIONS).mapping(Revision::fromRow).execute(Tuple.of(postId)).map(Rows::list);
  }

  public Future<List<Reactor>> reactors(SqlClient db, long postId) {
    return db.preparedQuery(PostSql.REACTORS).mapping(Reactor::fromRow).execute(Tuple.of(postId)).map(Rows::list);
  }

  public Future<Void> addReaction(SqlClient db, long postId, String emoji, String userId) {
    return db.preparedQuery(PostSql.ADD_REACTION).execute(Tuple.of(postId, emoji, Long.parseLong(userId))).mapEmpty();
  }

  public Future<Void> removeReaction(SqlClient db, long postId, String emoji, String userId) {
    return db.preparedQuery(PostSql.REMOVE_REACTION).execute(Tuple.of(postId, emoji, Long.parseLong(userId))).mapEmpty();
  }

  public Future<Void> recordMentions(SqlClient db, long postId, Set<String> usernames) {
    if (usernames.isEmpty()) {
      return Future.succeededFuture();
    }
    // not Tuple.of: it would spread the array into separate parameters
    Tuple params = Tuple.tuple().addLong(postId).addArrayOfString(usernames.toArray(String[]::new));
    return db.preparedQuery(PostSql.RECORD_MENTIONS).execute(params).mapEmpty();
  }
}
