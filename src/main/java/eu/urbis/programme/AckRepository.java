package eu.urbis.programme;

import eu.urbis.city.City;
import eu.urbis.db.Rows;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Announcements' audiences and the cities' acknowledgements of them. */
final class AckRepository {
  private static final String ANNOUNCEMENT = """
    SELECT id, audience, author_id FROM threads WHERE id = $1 AND kind = 'announcement'""";

  private static final String INSERT = """
    INSERT INTO announcement_acks (thread_id, city_id, user_id, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING""";

  private static final String ACKS = """
    SELECT k.at, c.id, c.name, c.country, c.role,
    """ + UserRef.columns("u", "by_") + """
     FROM announcement_acks k JOIN cities c ON c.id = k.city_id JOIN users u ON u.id = k.user_id
    WHERE k.thread_id = $1 AND ($2::text IS NULL OR k.city_id = $2) ORDER BY k.at, c.name""";

  /** The audience's cities that have not acknowledged, with their coordinators' ids for reminders. */
  private static final String MISSING = """
    SELECT c.id, c.name, c.country, c.role,
      ARRAY(SELECT cc.user_id::text FROM city_coordinators cc WHERE cc.city_id = c.id ORDER BY cc.user_id) AS coordinators
    FROM cities c
    WHERE ($2 = 'all' OR c.role = $2)
      AND NOT EXISTS (SELECT 1 FROM announcement_acks k WHERE k.thread_id = $1 AND k.city_id = c.id)
    ORDER BY c.name""";

  record Announcement(long id, String audience, String authorId) {
    static Announcement fromRow(Row row) {
      return new Announcement(row.getLong("id"), row.getString("audience"), Long.toString(row.getLong("author_id")));
    }

    /** Whether a city of {@code role} is addressed. */
    boolean addresses(String role) {
      return audience.equals("all") || audience.equals(role);
    }
  }

  record Ack(City city, UserRef by, Instant at) {
    static Ack fromRow(Row row) {
      return new Ack(City.fromRow(row), UserRef.fromRow(row, "by_"), row.getOffsetDateTime("at").toInstant());
    }
  }

  record Missing(City city, List<String> coordinatorIds) {
    static Missing fromRow(Row row) {
      return new Missing(City.fromRow(row), List.of(row.getArrayOfStrings("coordinators")));
    }
  }

  Future<Optional<Announcement>> announcement(SqlClient db, long threadId) {
    return db.preparedQuery(ANNOUNCEMENT).mapping(Announcement::fromRow).execute(Tuple.of(threadId)).map(Rows::first);
  }

  /** @return whether this was the city's first acknowledgement */
  Future<Boolean> acknowledge(SqlClient tx, long threadId, String cityId, long userId, Instant at) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(threadId, cityId, userId, at.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount() == 1);
  }

  Future<List<Ack>> acks(SqlClient db, long threadId, String cityId) {
    return db.preparedQuery(ACKS).mapping(Ack::fromRow).execute(Tuple.of(threadId, cityId)).map(Rows::list);
  }

  Future<List<Missing>> missing(SqlClient db, Announcement announcement) {
    return db.preparedQuery(MISSING).mapping(Missing::fromRow).execute(Tuple.of(announcement.id(), announcement.audience())).map(Rows::list);
  }
}
