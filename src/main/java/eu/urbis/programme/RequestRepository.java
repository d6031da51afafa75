package eu.urbis.programme;

import eu.urbis.db.Rows;
import eu.urbis.programme.HelpRequest.Suggestion;
import eu.urbis.user.UserRef;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for requests for help and the cities suggested to answer them. */
final class RequestRepository {
  private static final String SELECT = "SELECT r.*, " + UserRef.columns("a", "author_") + ", " + UserRef.columns("h", "helper_")
    + " FROM help_requests r JOIN users a ON a.id = r.author_id LEFT JOIN users h ON h.id = r.helper_id";

  private static final String ONE = SELECT + " WHERE r.id = $1";

  private static final String LOCK = "SELECT id FROM help_requests WHERE id = $1 FOR UPDATE";

  private static final String LIST = SELECT + """
     \sWHERE ($1::text IS NULL OR r.status = $1) AND ($2::text IS NULL OR r.theme = $2) AND ($3::text IS NULL OR r.city_id = $3)
       AND r.id < $4
     ORDER BY r.id DESC LIMIT $5""";

  private static final String INSERT = """
    INSERT INTO help_requests (city_id, author_id, theme, title, need, by_date, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id""";

  private static final String ACCEPT = """
    UPDATE help_requests SET status = 'matched', helper_id = $2, room_id = $3 WHERE id = $1""";

  private static final String CLOSE = """
    UPDATE help_requests SET status = 'closed', outcome = $2, closed_at = $3 WHERE id = $1""";

  private static final String THEME_EXISTS = "SELECT 1 FROM themes WHERE id = $1";

  private static final String CITY_MEMBERS = "SELECT id FROM users WHERE city_id = $1 ORDER BY id";

  /** Per theme and city, why it could help: validated practices, practices it pilots or adopted, a mentor city's focus. */
  private static final String SUGGESTIONS = """
    SELECT x.theme, x.city_id, x.reason, count(*) AS count FROM (
      SELECT t.practice_theme AS theme, t.practice_city_id AS city_id, 'validated' AS reason FROM threads t
      WHERE t.kind = 'practice' AND t.practice_status = 'validated' AND t.practice_theme = ANY($1)
      UNION ALL
      SELECT t.practice_theme, a.city_id, 'adopted' FROM adoptions a JOIN threads t ON t.id = a.thread_id
      WHERE a.stage IN ('piloting', 'adopted') AND t.practice_theme = ANY($1)
      UNION ALL
      SELECT f.theme, p.city_id, 'focus' FROM city_profiles p JOIN cities c ON c.id = p.city_id
        CROSS JOIN LATERAL unnest(p.focus_themes) AS f(theme)
      WHERE c.role = 'mentor' AND f.theme = ANY($1)
    ) x GROUP BY x.theme, x.city_id, x.reason""";

  private static final List<String> REASONS = List.of("validated", "adopted", "focus");
  private static final int MAX_SUGGESTIONS = 5;
  private static final Comparator<Suggestion> ORDER = Comparator.<Suggestion>comparingInt(s -> REASONS.indexOf(s.reason()))
    .thenComparing(Comparator.comparingLong(Suggestion::count).reversed())
    .thenComparing(Suggestion::cityId);

  Future<Optional<HelpRequest>> one(SqlClient db, long id) {
    return db.preparedQuery(ONE).mapping(HelpRequest::fromRow).execute(Tuple.of(id)).map(Rows::first);
  }

  Future<Boolean> lock(SqlClient tx, long id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id)).map(rows -> rows.size() == 1);
  }

  Future<List<HelpRequest>> list(SqlClient db, RequestFilter filter, long beforeId, int limit) {
    return db.preparedQuery(LIST).mapping(HelpRequest::fromRow)
      .execute(Tuple.of(filter.status(), filter.theme(), filter.cityId(), beforeId, limit)).map(Rows::list);
  }

  Future<Long> insert(SqlClient tx, String cityId, long authorId, String theme, String title, String need, LocalDate by, Instant at) {
    return tx.preparedQuery(INSERT)
      .execute(Tuple.tuple().addValue(cityId).addValue(authorId).addValue(theme).addValue(title).addValue(need).addValue(by)
        .addValue(at.atOffset(ZoneOffset.UTC)))
      .map(rows -> rows.iterator().next().getLong("id"));
  }

  Future<Void> accept(SqlClient tx, long id, long helperId, long roomId) {
    return tx.preparedQuery(ACCEPT).execute(Tuple.of(id, helperId, roomId)).mapEmpty();
  }

  Future<Void> close(SqlClient tx, long id, String outcome, Instant at) {
    return tx.preparedQuery(CLOSE).execute(Tuple.of(id, outcome, at.atOffset(ZoneOffset.UTC))).mapEmpty();
  }

  Future<Boolean> themeExists(SqlClient db, String theme) {
    return db.preparedQuery(THEME_EXISTS).execute(Tuple.of(theme)).map(rows -> rows.size() == 1);
  }

  Future<List<Long>> cityMembers(SqlClient db, String cityId) {
    return db.preparedQuery(CITY_MEMBERS).mapping(row -> row.getLong("id")).execute(Tuple.of(cityId)).map(Rows::list);
  }

  /**
   * For each request, up to five other cities that could help, each once with its strongest reason (validated before
   * adopted before a mentor's focus), more practices first, then by city id. One query for a whole page.
   */
  Future<Map<Long, List<Suggestion>>> suggestions(SqlClient db, List<HelpRequest> requests) {
    String[] themes = requests.stream().map(HelpRequest::theme).distinct().toArray(String[]::new);
    if (themes.length == 0) {
      return Future.succeededFuture(Map.of());
    }
    return db.preparedQuery(SUGGESTIONS)
      .mapping(row -> new Candidate(row.getString("theme"), new Suggestion(row.getString("city_id"), row.getString("reason"), row.getLong("count"))))
      .execute(Tuple.of(themes))
      .map(rows -> {
        List<Candidate> candidates = Rows.list(rows);
        Map<Long, List<Suggestion>> byRequest = new LinkedHashMap<>();
        requests.forEach(request -> byRequest.put(request.id(), strongest(candidates, request)));
        return byRequest;
      });
  }

  private record Candidate(String theme, Suggestion suggestion) {
  }

  private static List<Suggestion> strongest(List<Candidate> candidates, HelpRequest request) {
    Map<String, Suggestion> byCity = new LinkedHashMap<>();
    candidates.stream()
      .filter(candidate -> candidate.theme().equals(request.theme()) && !candidate.suggestion().cityId().equals(request.cityId()))
      .map(Candidate::suggestion)
      .sorted(ORDER)
      .forEach(suggestion -> byCity.putIfAbsent(suggestion.cityId(), suggestion));
    List<Suggestion> best = new ArrayList<>(byCity.values());
    best.sort(ORDER);
    return best.subList(0, Math.min(MAX_SUGGESTIONS, best.size()));
  }
}
