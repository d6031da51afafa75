package eu.urbis.programme;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The programme dashboard for moderators and admins (mentors read it too): per city and cohort, what happened. A
 * read-only overview: each node serves a cohort's result until it is {@code maxAge} old (zero: read every time), and
 * callers that ask while it is being read share that read.
 */
final class Dashboard {
  private static final Set<String> COHORTS = Set.of("challenge", "fellow", "mentor");

  private record Cached(Instant at, Future<JsonObject> result) {
  }

  private final Pool pool;
  private final DashboardRepository dashboard;
  private final Clock clock;
  private final Duration maxAge;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  Dashboard(Pool pool, DashboardRepository dashboard, Clock clock, Duration maxAge) {
    this.pool = pool;
    this.dashboard = dashboard;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  Future<JsonObject> read(User caller, String cohortParam) {
    if (!caller.has(Role.MENTOR)) {
      return Future.failedFuture(Failure.forbidden("The dashboard is for mentors, moderators and admins."));
    }
    String cohort = cohortParam == null || cohortParam.isEmpty() || cohortParam.equals("all") ? null : cohortParam;
    if (cohort != null && !COHORTS.contains(cohort)) {
      return Future.failedFuture(Failure.invalid("cohort", FieldCode.ONE_OF, new JsonObject().put("allowed", "all, challenge, fellow, mentor"), "must be one of all, challenge, fellow, mentor"));
    }
    if (maxAge.isZero()) {
      return load(cohort);
    }
    String key = cohort == null ? "all" : cohort;
    Instant now = clock.instant();
    Cached cached = cache.compute(key, (k, old) -> old != null && now.isBefore(old.at().plus(maxAge)) ? old : new Cached(now, load(cohort)));
    return cached.result().onFailure(error -> cache.remove(key, cached));
  }

  private Future<JsonObject> load(String cohort) {
    return Future.all(dashboard.cities(pool, cohort), dashboard.adoptionsByMonth(pool, cohort), dashboard.themes(pool, cohort),
        dashboard.matrix(pool, cohort))
      .map(all -> new JsonObject()
        .put("cohort", cohort == null ? "all" : cohort)
        .put("cities", array(all.resultAt(0)))
        .put("adoptionsByMonth", array(all.resultAt(1)))
        .put("themes", array(all.resultAt(2)))
        .put("matrix", array(all.resultAt(3))));
  }

  private static JsonArray array(List<JsonObject> items) {
    return new JsonArray(List.copyOf(items));
  }
}
