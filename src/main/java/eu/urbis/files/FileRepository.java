package eu.urbis.files;

import eu.urbis.content.SearchLanguage;
import eu.urbis.db.CustomPlans;
import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for uploads, their content records and attachments. Every method takes the client to run on. */
final class FileRepository {

  Future<Optional<StoredFile>> visible(SqlClient db, long id, long viewerId) {
    return db.preparedQuery(FileSql.VISIBLE_FILE).mapping(StoredFile::fromRow).execute(Tuple.of(id, viewerId))
      .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }

  /** Planned for its own parameters each time: its filters are optional ({@link CustomPlans}). */
  Future<List<LibraryEntry>> library(Pool pool, long viewerId, LibraryQuery query, int limit) {
    Tuple params = Tuple.of(query.afterId(), viewerId, query.type(), query.city(), query.theme(), query.words(), limit, query.language());
    return CustomPlans.read(pool, FileSql.LIBRARY, LibraryEntry::fromRow, params).map(Rows::list);
  }

  Future<Boolean> contentExists(SqlClient db, String sha256) {
    return db.preparedQuery(FileSql.CONTENT_EXISTS).execute(Tuple.of(sha256)).map(rows -> rows.size() > 0);
  }

  Future<Void> lockOwner(SqlClient tx, long ownerId) {
    return tx.preparedQuery(FileSql.LOCK_OWNER).execute(Tuple.of(ownerId)).mapEmpty();
  }

  Future<Long> usedBytes(SqlClient db, long ownerId) {
    return db.preparedQuery(FileSql.USED_BYTES).execute(Tuple.of(ownerId)).map(rows -> rows.iterator().next().getLong("used"));
  }

  /** @return whether the content row is new (it was not there, or a reclaim took it since it was looked at) */
  Future<Boolean> insertContent(SqlClient tx, String sha256, long size, String type, DocumentText text, long ownerId) {
    SearchLanguage language = text.language();
    Tuple params = Tuple.of(sha256, size, type, ownerId, text.text(), language == null ? null : language.code(),
      language == null ? null : language.config());
    return tx.preparedQuery(FileSql.INSERT_CONTENT).execute(params).map(rows -> rows.size() > 0);
  }

  /** @return the new upload's id and its content's language */
  Future<Row> insertFile(SqlClient tx, String sha256, long ownerId, String name) {
    return tx.preparedQuery(FileSql.INSERT_FILE).execute(Tuple.of(sha256, ownerId, name)).map(rows -> rows.iterator().next());
  }

  /** @return the ids of the uploads removed (every upload of the file's content) */
  Future<List<Long>> removeContent(SqlClient tx, long fileId) {
    return tx.preparedQuery(FileSql.REMOVE_CONTENT).execute(Tuple.of(fileId)).map(FileRepository::ids);
  }

  Future<List<String>> lockUnreferenced(SqlClient tx, long olderThanSeconds, int limit) {
    return tx.preparedQuery(FileSql.LOCK_UNREFERENCED).execute(Tuple.of(olderThanSeconds, limit)).map(rows -> {
      List<String> shas = new ArrayList<>(rows.size());
      rows.forEach(row -> shas.add(row.getString("sha256")));
      return shas;
    });
  }

  Future<Void> deleteContent(SqlClient tx, String sha256) {
    return tx.preparedQuery(FileSql.DELETE_CONTENT).execute(Tuple.of(sha256)).mapEmpty();
  }

  /** Empty: never tried; an empty byte array inside: tried, and there is no preview. */
  Future<Optional<byte[]>> preview(SqlClient db, String sha256) {
    return db.preparedQuery(FileSql.PREVIEW).execute(Tuple.of(sha256)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      var png = rows.iterator().next().getBuffer("png");
      return Optional.of(png == null ? new byte[0] : png.getBytes());
    });
  }

  Future<Void> savePreview(SqlClient db, String sha256, byte[] png) {
    return db.preparedQuery(FileSql.INSERT_PREVIEW)
      .execute(Tuple.of(sha256, png == null ? null : Buffer.buffer(png))).mapEmpty();
  }

  Future<List<Long>> owned(SqlClient db, long ownerId, List<Long> ids) {
    // not Tuple.of: it would spread the array into separate parameters
    Tuple params = Tuple.tuple().addLong(ownerId).addArrayOfLong(ids.toArray(Long[]::new));
    return db.preparedQuery(FileSql.OWNED).execute(params).map(FileRepository::ids);
  }

  Future<List<StoredFile>> ownedFiles(SqlClient db, long ownerId, List<Long> ids) {
    Tuple params = Tuple.tuple().addLong(ownerId).addArrayOfLong(ids.toArray(Long[]::new));
    return db.preparedQuery(FileSql.OWNED_FILES).mapping(StoredFile::fromRow).execute(params).map(rows -> {
      List<StoredFile> found = new ArrayList<>(rows.size());
      rows.forEach(found::add);
      return found;
    });
  }

  Future<Void> attach(SqlClient tx, List<Long> ids, String targetType, long targetId) {
    Tuple params = Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new)).addString(targetType).addLong(targetId);
    return tx.preparedQuery(FileSql.ATTACH).execute(params).mapEmpty();
  }

  private static List<Long> ids(RowSet<Row> rows) {
    List<Long> ids = new ArrayList<>(rows.size());
    rows.forEach(row -> ids.add(row.getLong("id")));
    return ids;
  }
}
