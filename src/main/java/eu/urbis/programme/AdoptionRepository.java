package eu.urbis.programme;

import eu.urbis.db.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Cities' adoptions of practices, their stages, and the counts kept on the practice. */
final class AdoptionRepository {
  private static final String SELECT = "SELECT " + Adoption.COLUMNS + """
     FROM adoptions a JOIN threads t ON t.id = a.thread_id JOIN cities c ON c.id = a.city_id
    """;

  private static final String ONE = SELECT + "WHERE a.thread_id = $1 AND a.city_id = $2";

  private static final String OF_PRACTICE = SELECT + "WHERE a.thread_id = $1 ORDER BY a.started_at, a.city_id";

  /** A city's adoptions, the latest stage change first; keyset on (since, thread id). */
  private static final String OF_CITY = SELECT + """
    WHERE a.city_id = $1 AND (a.since, a.thread_id) < ($2::timestamptz, $3::bigint)
    ORDER BY a.since DESC, a.thread_id DESC LIMIT $4""";

  private static final String CURRENT_STAGE = "SELECT stage FROM adoptions WHERE thread_id = $1 AND city_id = $2";

  /** A note or outcomes left out keep what they were; {@code since} moves only when the stage does. */
  private static final String SAVE = """
    INSERT INTO adoptions (thread_id, city_id, stage, note, outcomes, started_at, since)
    VALUES ($1, $2, $3, coalesce($4, ''), coalesce($5, ''), $6, $6)
    ON CONFLICT (thread_id, city_id) DO UPDATE SET
      stage = excluded.stage,
      note = coalesce($4, adoptions.note),
      outcomes = coalesce($5, adoptions.outcomes),
      since = CASE WHEN adoptions.stage = excluded.stage THEN adoptions.since ELSE excluded.since END""";

  private static final String INSERT_STAGE = """
    INSERT INTO adoption_stages (thread_id, city_id, stage, actor_id, at) VALUES ($1, $2, $3, $4, $5)""";

  /** Runs after the thread row is locked, so concurrent adoptions of one practice count in turn. */
  private static final String RECOUNT = """
    UPDATE threads t SET
      practice_exploring = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'exploring'),
      practice_piloting = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'piloting'),
      practice_adopted = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'adopted'),
      practice_dropped = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'dropped')
    WHERE t.id = $1""";

  record Change(long threadId, String cityId, AdoptionStage stage, String note, String outcomes, long actorId, Instant at) {
  }

  Future<Optional<String>> currentStage(SqlClient tx, long threadId, String cityId) {
    return tx.preparedQuery(CURRENT_STAGE).mapping(row -> row.getString("stage")).execute(Tuple.of(threadId, cityId)).map(Rows::first);
  }

  Future<Void> save(SqlClient tx, Change change) {
    OffsetDateTime at = change.at().atOffset(ZoneOffset.UTC);
    return tx.preparedQuery(SAVE)
      .execute(Tuple.of(change.threadId(), change.cityId(), change.stage().wire(), change.note(), change.outcomes(), at))
      .mapEmpty();
  }

  Future<Void> recordStage(SqlClient tx, Change change) {
    return tx.preparedQuery(INSERT_STAGE)
      .execute(Tuple.of(change.threadId(), change.cityId(), change.stage().wire(), change.actorId(), change.at().atOffset(ZoneOffset.UTC)))
      .mapEmpty();
  }

  Future<Void> recount(SqlClient tx, long threadId) {
    return tx.preparedQuery(RECOUNT).execute(Tuple.of(threadId)).mapEmpty();
  }

  Future<Adoption> one(SqlClient db, long threadId, String cityId) {
    return db.preparedQuery(ONE).mapping(Adoption::fromRow).execute(Tuple.of(threadId, cityId)).map(rows -> rows.iterator().next());
  }

  Future<List<Adoption>> ofPractice(SqlClient db, long threadId) {
    return db.preparedQuery(OF_PRACTICE).mapping(Adoption::fromRow).execute(Tuple.of(threadId)).map(Rows::list);
  }

  Future<List<Adoption>> ofCity(SqlClient db, String cityId, OffsetDateTime beforeSince, long beforeThread, int fetch) {
    return db.preparedQuery(OF_CITY).mapping(Adoption::fromRow)
      .execute(Tuple.of(cityId, beforeSince, beforeThread, fetch)).map(Rows::list);
  }
}
