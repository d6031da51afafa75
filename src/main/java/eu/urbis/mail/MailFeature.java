package eu.urbis.mail;

import eu.urbis.auth.Authenticator;
import eu.urbis.live.LiveHub;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;

import java.time.Clock;

/** E-mail, built once per process: the outbox worker and its routes. */
public record MailFeature(MailWorker worker, MailRoutes routes) {

  /**
   * Blocking (reads the catalogs): build it at start-up, off the event loop.
   * @param secret the server's secret (the JWT key), which signs the unsubscribe links
   */
  public static MailFeature create(Vertx vertx, Pool pool, MailConfig config, String secret, LiveHub live, Clock clock) {
    MailCatalog catalog = new MailCatalog();
    UnsubscribeLinks links = new UnsubscribeLinks(config.publicUrl(), secret);
    Outbox outbox = new Outbox(pool, clock);
    MailRenderer renderer = new MailRenderer(catalog, config.publicUrl(), links);
    MailSender sender = config.smtp() == null ? null : new MailSender(vertx, config.smtp(), outbox, config);
    MailWorker worker = new MailWorker(vertx, new Presence(pool, live, clock),
      new MailBuilder(vertx, pool, outbox, renderer, config, clock), outbox, sender, config);
    return new MailFeature(worker, new MailRoutes(pool, links, catalog));
  }

  public void mount(Router router, Authenticator authenticated) {
    routes.mount(router, authenticated);
  }
}
