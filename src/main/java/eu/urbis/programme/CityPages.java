package eu.urbis.programme;

import eu.urbis.audit.AuditLog;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.programme.CityPageRepository.CitySummary;
import eu.urbis.programme.CityPageRepository.DirectoryFilter;
import eu.urbis.programme.ProgrammeEvent.CoordinatorChanged;
import eu.urbis.user.User;
import eu.urbis.user.UserRef;
import eu.urbis.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.List;

/** City pages: the directory, one city's page, its profile, and the coordinators admins name. */
final class CityPages {
  private final Pool pool;
  private final CityPageRepository pages;
  private final CoordinatorRepository coordinators;
  private final UserRepository users;
  private final AuditLog audit;
  private final ProgrammeEvents events;

  CityPages(Pool pool, CityPageRepository pages, CoordinatorRepository coordinators, UserRepository users, AuditLog audit,
    ProgrammeEvents events) {
    this.pool = pool;
    this.pages = pages;
    this.coordinators = coordinators;
    this.users = users;
    this.audit = audit;
    this.events = events;
  }

  Future<List<CitySummary>> directory(DirectoryFilter filter) {
    return pages.directory(pool, filter);
  }

  Future<JsonObject> page(String cityId) {
    return page(pool, cityId);
  }

  Future<JsonObject> patchProfile(User caller, String cityId, ProfilePatch patch) {
    return Transactions.run(pool, (tx, afterCommit) -> found(tx, cityId)
      .compose(city -> coordinators.standing(tx, cityId, caller.id())
        .compose(standing -> ProgrammePolicy.canEditCity(caller, standing.coordinates())
          ? Future.succeededFuture(patch.applyTo(city.profile()))
          : Future.failedFuture(Failure.forbidden("Only the city's coordinators and admins edit its page."))))
      .compose(profile -> knownThemes(tx, profile).compose(ok -> pages.saveProfile(tx, cityId, profile)))
      .compose(saved -> page(tx, cityId)));
  }

  Future<Void> nameCoordinator(User caller, String cityId, long userId) {
    return changeCoordinator(caller, cityId, userId, true);
  }

  Future<Void> removeCoordinator(User caller, String cityId, long userId) {
    return changeCoordinator(caller, cityId, userId, false);
  }

  private Future<Void> changeCoordinator(User caller, String cityId, long id, boolean name) {
    if (!ProgrammePolicy.canNameCoordinators(caller)) {
      return Future.failedFuture(Failure.forbidden("Only admins name a city's coordinators."));
    }
    String userId = Long.toString(id);
    return Transactions.run(pool, (tx, afterCommit) -> found(tx, cityId)
      .compose(city -> users.findById(tx, id))
      .compose(user -> {
        User target = user.orElseThrow(() -> Failure.notFound("No such user."));
        if (name && !cityId.equals(target.cityId())) {
          throw Failure.conflict("A coordinator speaks for their own city: this user belongs to another.");
        }
        return name ? coordinators.name(tx, cityId, id) : coordinators.remove(tx, cityId, id);
      })
      .compose(changed -> {
        if (!changed) {
          return Future.<Void>succeededFuture();
        }
        events.announce(afterCommit, new CoordinatorChanged(cityId, userId, name, caller.id()));
        events.userChanged(afterCommit, userId);
        return audit.record(tx, caller.id(), name ? "city.coordinator.name" : "city.coordinator.remove", "city", cityId,
          new JsonObject().put("userId", userId));
      }));
  }

  private Future<JsonObject> page(SqlClient db, String cityId) {
    return found(db, cityId).compose(city -> coordinators.ofCity(db, cityId).map(refs -> toJson(city, refs)));
  }

  private Future<CitySummary> found(SqlClient db, String cityId) {
    return pages.find(db, cityId).map(found -> found.orElseThrow(() -> Failure.notFound("No such city.")));
  }

  private Future<Void> knownThemes(SqlClient db, CityProfile profile) {
    return pages.unknownThemes(db, profile.focusThemes()).map(unknown -> {
      if (!unknown.isEmpty()) {
        throw Failure.invalid("profile.focusThemes", FieldCode.UNKNOWN, "names themes that are not in GET /api/themes: " + String.join(", ", unknown));
      }
      return null;
    });
  }

  static JsonObject summaryJson(CitySummary city) {
    return city.city().toJson()
      .put("members", city.members())
      .put("practices", city.practices())
      .put("adoptions", city.adoptions())
      .put("profile", city.profile().toJson());
  }

  private static JsonObject toJson(CitySummary city, List<UserRef> coordinators) {
    JsonArray refs = new JsonArray();
    coordinators.forEach(ref -> refs.add(ref.toJson()));
    return summaryJson(city).put("coordinators", refs);
  }
}
