package eu.urbis.programme;

import eu.urbis.audit.AuditLog;
import eu.urbis.chat.ChatService;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import eu.urbis.programme.HelpRequest.Suggestion;
import eu.urbis.programme.ProgrammeEvent.RequestAccepted;
import eu.urbis.programme.ProgrammeEvent.RequestClosed;
import eu.urbis.programme.ProgrammeEvent.RequestOpened;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * "Ask the network": a city asks for help on a theme, Urbis suggests cities that could answer, a mentor or another
 * city's coordinator accepts (a private room opens for the asking city's people and the helper), and whoever asked
 * closes it with an outcome. Each change is one transaction with its audit entry; its event leaves after the commit.
 */
final class Requests {
  private final Pool pool;
  private final RequestRepository requests;
  private final ChatService rooms;
  private final AuditLog audit;
  private final ProgrammeEvents events;
  private final Clock clock;

  Requests(Pool pool, RequestRepository requests, ChatService rooms, AuditLog audit, ProgrammeEvents events, Clock clock) {
    this.pool = pool;
    this.requests = requests;
    this.rooms = rooms;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A request with the cities suggested to answer it. */
  record Shown(HelpRequest request, List<Suggestion> suggestions) {
    JsonObject toJson() {
      return request.toJson(suggestions);
    }
  }

  Future<Shown> ask(User caller, NewHelpRequest ask) {
    if (!ProgrammePolicy.canAsk(caller)) {
      return Future.failedFuture(Failure.forbidden("A request speaks for a city: only people of a city ask the network."));
    }
    return Transactions.run(pool, (tx, afterCommit) -> requests.themeExists(tx, ask.theme())
      .compose(known -> known ? requests.insert(tx, caller.cityId(), caller.numericId(), ask.theme(), ask.title(), ask.need(), ask.by(),
          clock.instant())
        : Future.failedFuture(Failure.invalid("theme", FieldCode.UNKNOWN, "is not one of GET /api/themes")))
      .compose(id -> audit.record(tx, caller.id(), "request.open", "request", Long.toString(id), new JsonObject().put("cityId", caller.cityId()))
        .compose(v -> shown(tx, id)))
      .onSuccess(shown -> events.announce(afterCommit, new RequestOpened(Long.toString(shown.request().id()), caller.cityId(), ask.theme(),
        caller.id(), shown.suggestions().stream().map(Suggestion::cityId).toList()))));
  }

  Future<Page<Shown>> list(RequestFilter filter, PageRequest page) {
    return page.after(Long.MAX_VALUE, p -> p.cursorNumber("before"))
      .compose(before -> requests.list(pool, filter, before, page.fetchSize()))
      .compose(rows -> requests.suggestions(pool, rows)
        .map(suggested -> rows.stream().map(row -> new Shown(row, suggested.getOrDefault(row.id(), List.of()))).toList()))
      .map(rows -> Page.of(rows, page, last -> new JsonObject().put("before", last.request().id())));
  }

  Future<Shown> one(long id) {
    return shown(pool, id);
  }

  Future<Shown> accept(User caller, long id) {
    String requestId = Long.toString(id);
    return Transactions.run(pool, (tx, afterCommit) -> locked(tx, id).compose(request -> {
      if (!ProgrammePolicy.canAccept(caller, request.cityId())) {
        throw Failure.forbidden("A mentor, or a coordinator of another city, accepts a request.");
      }
      if (!HelpRequest.OPEN.equals(request.status())) {
        throw Failure.conflict("This request is " + request.status() + " already.");
      }
      return requests.cityMembers(tx, request.cityId())
        .compose(members -> {
          List<Long> people = new ArrayList<>(members);
          if (!people.contains(caller.numericId())) {
            people.add(caller.numericId());
          }
          return rooms.openPrivate(tx, afterCommit, caller.numericId(), people, roomName(request), "Request " + id + ": " + request.title());
        })
        .compose(roomId -> requests.accept(tx, id, caller.numericId(), roomId)
          .compose(v -> audit.record(tx, caller.id(), "request.accept", "request", requestId, new JsonObject().put("roomId", Long.toString(roomId))))
          .onSuccess(v -> events.announce(afterCommit, new RequestAccepted(requestId, request.cityId(), request.author().id(), caller.id(),
            Long.toString(roomId)))))
        .compose(v -> shown(tx, id));
    }));
  }

  Future<Shown> close(User caller, RequestOutcome outcome) {
    long id = outcome.requestId();
    String requestId = Long.toString(id);
    return Transactions.run(pool, (tx, afterCommit) -> locked(tx, id).compose(request -> {
      if (!ProgrammePolicy.canClose(caller, request.author().id(), request.cityId())) {
        throw Failure.forbidden("The request's author, its city's coordinators or a moderator close it.");
      }
      if (HelpRequest.CLOSED.equals(request.status())) {
        throw Failure.conflict("This request is closed already.");
      }
      return requests.close(tx, id, outcome.outcome(), clock.instant())
        .compose(v -> audit.record(tx, caller.id(), "request.close", "request", requestId, new JsonObject().put("from", request.status())))
        .onSuccess(v -> events.announce(afterCommit, new RequestClosed(requestId, request.cityId(), request.author().id(),
          request.helper() == null ? null : request.helper().id(), caller.id())))
        .compose(v -> shown(tx, id));
    }));
  }

  private Future<HelpRequest> locked(SqlClient tx, long id) {
    return requests.lock(tx, id).compose(found -> found ? requests.one(tx, id) : Future.failedFuture(PathIds.notFound("request")))
      .map(found -> found.orElseThrow(() -> PathIds.notFound("request")));
  }

  private Future<Shown> shown(SqlClient db, long id) {
    return requests.one(db, id)
      .map(found -> found.orElseThrow(() -> PathIds.notFound("request")))
      .compose(request -> requests.suggestions(db, List.of(request)).map(all -> new Shown(request, all.getOrDefault(request.id(), List.of()))));
  }

  private static String roomName(HelpRequest request) {
    String name = "Help: " + request.title();
    return name.codePointCount(0, name.length()) <= 80 ? name : name.substring(0, name.offsetByCodePoints(0, 79)) + "…";
  }
}
