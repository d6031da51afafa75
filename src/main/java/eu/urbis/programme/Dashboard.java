package eu.urbis.programme;

import eu.urbis.http.ApiException;
import eu.urbis.http.FieldCode;
import eu.urbis.user.Role;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

import java.util.List;
import java.util.Set;

/** The programme dashboard for moderators and admins (mentors read it too): per city and cohort, what happened. */
final class Dashboard {
  private static final Set<String> COHORTS = Set.of("challenge", "fellow", "mentor");

  private final Pool pool;
  private final DashboardRepository dashboard;

  Dashboard(Pool pool, DashboardRepository dashboard) {
    this.pool = pool;
    this.dashboard = dashboard;
  }

  Future<JsonObject> read(User caller, String cohortParam) {
    if (!caller.has(Role.MENTOR)) {
      return Future.failedFuture(ApiException.forbidden("The dashboard is for mentors, moderators and admins."));
    }
    String cohort = cohortParam == null || cohortParam.isEmpty() || cohortParam.equals("all") ? null : cohortParam;
    if (cohort != null && !COHORTS.contains(cohort)) {
      return Future.failedFuture(ApiException.invalid("cohort", FieldCode.ONE_OF, new JsonObject().put("allowed", "all, challenge, fellow, mentor"), "must be one of all, challenge, fellow, mentor"));
    }
    return Future.all(dashboard.cities(pool, cohort), dashboard.adoptionsByMonth(pool, cohort), dashboard.themes(pool, cohort))
      .map(all -> new JsonObject()
        .put("cohort", cohort == null ? "all" : cohort)
        .put("cities", array(all.resultAt(0)))
        .put("adoptionsByMonth", array(all.resultAt(1)))
        .put("themes", array(all.resultAt(2))));
  }

  private static JsonArray array(List<JsonObject> items) {
    return new JsonArray(List.copyOf(items));
  }
}
