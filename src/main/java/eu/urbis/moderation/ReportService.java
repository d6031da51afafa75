package eu.urbis.moderation;

import eu.urbis.audit.AuditLog;
import eu.urbis.auth.Policy;
import eu.urbis.bus.Addresses;
import eu.urbis.db.Transactions;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.http.PathIds;
import eu.urbis.moderation.Resolution.Action;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reports: anyone reports what they can see; moderators work the queue, dismissing or deleting. */
public final class ReportService {
  private static final String MODERATORS_ONLY = "Only moderators work the report queue.";

  /** The queue's {@code ?status=}: open (when absent) or resolved. */
  enum Status {
    OPEN, RESOLVED;

    static Status from(String raw) {
      if (raw == null) {
        return OPEN;
      }
      for (Status status : values()) {
        if (status.name().equalsIgnoreCase(raw)) {
          return status;
        }
      }
      throw Failure.invalid("status", FieldCode.ONE_OF, new JsonObject().put("allowed", "open, resolved"), "must be open or resolved");
    }
  }

  private final Vertx vertx;
  private final Pool pool;
  private final ReportRepository reports = new ReportRepository();
  private final AuditLog audit;
  private final Map<String, ReportTarget> targets;

  public ReportService(Vertx vertx, Pool pool, AuditLog audit, List<ReportTarget> targets) {
    this.vertx = vertx;
    this.pool = pool;
    this.audit = audit;
    this.targets = targets.stream().collect(Collectors.toUnmodifiableMap(ReportTarget::type, Function.identity()));
  }

  /** The kinds of things that can be reported: one per report target. */
  Set<String> targetTypes() {
    return targets.keySet();
  }

  Future<Report> report(User reporter, NewReport report) {
    ReportTarget target = targets.get(report.targetType());
    return pool.withTransaction(tx -> target.authorIfVisible(tx, reporter, report.targetId())
      .compose(author -> reportable(reporter, report.targetType(), author))
      .compose(v -> reports.insert(tx, report.targetType(), report.targetId(), reporter.id(), report.reason()))
      .compose(reportId -> reports.byId(tx, reportId)));
  }

  private static Future<Void> reportable(User reporter, String type, Optional<String> author) {
    if (author.isEmpty()) {
      return Future.failedFuture(PathIds.notFound(type));
    }
    return Policy.canReport(reporter, author.get())
      ? Future.succeededFuture()
      : Future.failedFuture(Failure.forbidden("Nobody reports their own " + type + "."));
  }

  Future<Page<Report>> queue(User caller, Status wanted, PageRequest page) {
    if (!Policy.canModerate(caller)) {
      return Future.failedFuture(Failure.forbidden(MODERATORS_ONLY));
    }
    return page.after(0L, p -> p.cursorNumber("id"))
      .compose(after -> reports.queue(pool, wanted.name().toLowerCase(), after, page.fetchSize()))
      .map(rows -> Page.of(rows, page, report -> new JsonObject().put("id", report.id())));
  }

  /**
   * One transaction: the deletion (if any), the resolution and its audit entry; announcements after the commit
   * (the deletion's, and {@link ReportResolved} for the reporter and the author to be told).
   */
  Future<Report> resolve(User moderator, Resolution resolution) {
    if (!Policy.canModerate(moderator)) {
      return Future.failedFuture(Failure.forbidden(MODERATORS_ONLY));
    }
    long id = resolution.reportId();
    Action action = resolution.action();
    String note = resolution.note();
    return Transactions.run(pool, (tx, afterCommit) -> reports.lock(tx, id)
      .map(found -> found.orElseThrow(() -> PathIds.notFound("report")))
      .compose(report -> {
        if (!"open".equals(report.status())) {
          return Future.failedFuture(Failure.conflict("The report is already resolved."));
        }
        Future<Void> done = action == Action.DELETE
          ? targets.get(report.targetType()).delete(tx, afterCommit, moderator, report.targetId())
          : Future.succeededFuture();
        return done.compose(v -> record(tx, moderator, report, action, note))
          .onSuccess(v -> afterCommit.add(() -> vertx.eventBus().publish(Addresses.MODERATION,
            new ReportResolved(Long.toString(report.id())).toJson())));
      })
      .compose(v -> reports.byId(tx, id)));
  }

  private Future<Void> record(SqlClient tx, User moderator, ReportRepository.Locked report, Action action, String note) {
    String resolution = action.name().toLowerCase();
    JsonObject detail = new JsonObject()
      .put("action", resolution)
      .put("note", note)
      .put("targetType", report.targetType())
      .put("targetId", Long.toString(report.targetId()));
    return reports.resolve(tx, report.id(), resolution, note, moderator.id())
      .compose(v -> audit.record(tx, moderator.id(), "report.resolve", "report", Long.toString(report.id()), detail));
  }
}
