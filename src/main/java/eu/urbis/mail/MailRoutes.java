package eu.urbis.mail;

import eu.urbis.auth.Authenticator;
import eu.urbis.db.Rows;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.http.Page;
import eu.urbis.http.PageRequest;
import eu.urbis.user.Role;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.util.OptionalLong;
import java.util.Set;

import static eu.urbis.http.Reply.ok;

/**
 * The unsubscribe link (GET shows a confirmation page and changes nothing; POST, the RFC 8058 one-click, turns all
 * mail off; doing it again is harmless) and the admins' view of the outbox.
 */
public final class MailRoutes {
  private static final Set<String> STATUSES = Set.of("pending", "sent", "failed", "cancelled");

  private final Pool pool;
  private final UnsubscribeLinks links;
  private final MailCatalog catalog;

  MailRoutes(Pool pool, UnsubscribeLinks links, MailCatalog catalog) {
    this.pool = pool;
    this.links = links;
    this.catalog = catalog;
  }

  public void mount(Router router, Authenticator authenticated) {
    router.get(UnsubscribeLinks.PATH).handler(ctx -> unsubscribePage(ctx, false));
    router.post(UnsubscribeLinks.PATH).handler(ctx -> unsubscribePage(ctx, true));
    router.get("/api/admin/outbox").handler(authenticated).handler(ok(this::page));
  }

  private void unsubscribePage(RoutingContext ctx, boolean confirmed) {
    OptionalLong user = links.verify(ctx.queryParams().get("u"), ctx.queryParams().get("s"));
    if (user.isEmpty()) {
      ctx.fail(Failure.forbidden("This unsubscribe link is not valid."));
      return;
    }
    // no user (deleted since) reads the page in English
    Future<String> locale = pool.preparedQuery("SELECT locale FROM users WHERE id = $1")
      .execute(Tuple.of(user.getAsLong()))
      .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("locale"));
    Future<String> page = confirmed
      ? pool.preparedQuery(MailSql.SET_MODE).execute(Tuple.of(user.getAsLong(), "off"))
        .compose(v -> locale).map(lang -> html(lang, catalog.text(lang, "mail.unsubscribe.done"), null))
      : locale.map(lang -> html(lang, catalog.text(lang, "mail.unsubscribe.confirm"), catalog.text(lang, "mail.unsubscribe.button")));
    page.onSuccess(body -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(body))
      .onFailure(ctx::fail);
  }

  /** A page of its own (the link opens outside the app): a sentence, and on GET the button that POSTs. */
  private String html(String locale, String sentence, String button) {
    String lang = MailRenderer.escape(locale == null ? MailCatalog.FALLBACK : locale);
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang)
      .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Urbis</title></head><body><main><h1>Urbis</h1><p>")
      .append(MailRenderer.escape(sentence)).append("</p>");
    if (button != null) {
      page.append("<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"><button type=\"submit\">")
        .append(MailRenderer.escape(button)).append("</button></form>");
    }
    return page.append("</main></body></html>").toString();
  }

  private Future<JsonObject> page(RoutingContext ctx) {
    if (!Authenticator.caller(ctx).has(Role.ADMIN)) {
      return Future.failedFuture(Failure.forbidden("Only admins see the outbox."));
    }
    PageRequest request = PageRequest.from(ctx);
    String status = ctx.queryParams().get("status");
    if (status != null && !STATUSES.contains(status)) {
      return Future.failedFuture(Failure.invalid("status", FieldCode.ONE_OF, new JsonObject().put("allowed", "pending, sent, failed, cancelled"), "must be one of pending, sent, failed, cancelled"));
    }
    long before = request.first() ? Long.MAX_VALUE : request.cursorNumber("id");
    return pool.preparedQuery(MailSql.PAGE).mapping(OutboxEntry::fromRow)
      .execute(Tuple.of(before, status, request.fetchSize()))
      .map(rows -> Page.of(Rows.list(rows), request, entry -> new JsonObject().put("id", entry.id())).toJson(OutboxEntry::toJson));
  }

}
