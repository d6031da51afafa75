package eu.urbis.programme;

import eu.urbis.db.SeedMarks;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The programme's demo data ({@code demo/programme.sql}: coordinators, profiles, practices in every review state,
 * adoptions spread over months), written once per database after the forum demo, in one transaction with its mark.
 */
public final class ProgrammeDemo {
  private static final String RESOURCE = "/demo/programme.sql";

  private ProgrammeDemo() {
  }

  public static Future<Boolean> seed(Vertx vertx, Pool pool) {
    return vertx.executeBlocking(ProgrammeDemo::script)
      .compose(script -> SeedMarks.once(pool, "programme-demo", tx -> tx.query(script).execute()));
  }

  private static String script() {
    try (InputStream in = ProgrammeDemo.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
