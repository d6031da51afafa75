package eu.urbis.db;

import eu.urbis.support.TestDatabase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The after-commit hook against a real PostgreSQL: publications run once after a commit and never after a rollback. */
class TransactionsTest {
  private static final AtomicInteger ids = new AtomicInteger();
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    pool = Pools.create(vertx, TestDatabase.fresh(), 4);
    // deferred: a duplicate passes its INSERT and fails the COMMIT
    await(pool.query("CREATE TABLE probe (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED)").execute());
  }

  @AfterAll
  static void stop() {
    await(pool.close());
    await(vertx.close());
  }

  private static Future<Void> insert(SqlClient db, int id) {
    return db.preparedQuery("INSERT INTO probe (id) VALUES ($1)").execute(Tuple.of(id)).mapEmpty();
  }

  private static Future<Boolean> stored(SqlClient db, int id) {
    return db.preparedQuery("SELECT 1 FROM probe WHERE id = $1").execute(Tuple.of(id)).map(rows -> rows.size() == 1);
  }

  @Test
  void aPublicationRunsOnceAfterTheCommitWithTheChangeVisibleToOthers() {
    int id = ids.incrementAndGet();
    AtomicInteger runs = new AtomicInteger();
    AtomicReference<Future<Boolean>> seenByAnotherConnection = new AtomicReference<>();

    await(Transactions.run(pool, (tx, afterCommit) -> insert(tx, id)
      .onSuccess(v -> afterCommit.add(() -> {
        runs.incrementAndGet();
        seenByAnotherConnection.set(stored(pool, id));
      }))));

    assertThat(runs).hasValue(1);
    assertThat(await(seenByAnotherConnection.get())).as("the row, read outside the transaction when publishing").isTrue();
  }

  @Test
  void nothingIsPublishedWhileTheWorkIsStillRunning() {
    int id = ids.incrementAndGet();
    AtomicInteger runs = new AtomicInteger();

    int runsDuringWork = await(Transactions.run(pool, (tx, afterCommit) -> {
      afterCommit.add(runs::incrementAndGet);
      return insert(tx, id).map(v -> runs.get());
    }));

    assertThat(runsDuringWork).isZero();
    assertThat(runs).hasValue(1);
  }

  @Test
  void nothingIsPublishedWhenTheWorkFailsAfterAddingAnEvent() {
    int id = ids.incrementAndGet();
    AtomicInteger runs = new AtomicInteger();

    Future<Void> failed = Transactions.run(pool, (tx, afterCommit) -> insert(tx, id)
      .onSuccess(v -> afterCommit.add(runs::incrementAndGet))
      .compose(v -> tx.query("SELECT no_such_column FROM probe").execute())
      .mapEmpty());

    assertThatThrownBy(() -> await(failed)).hasMessageContaining("no_such_column");
    assertThat(runs).hasValue(0);
    assertThat(await(stored(pool, id))).as("rolled back").isFalse();
  }

  @Test
  void nothingIsPublishedWhenTheCommitItselfFails() {
    int id = ids.incrementAndGet();
    AtomicInteger runs = new AtomicInteger();

    Future<Void> failed = Transactions.run(pool, (tx, afterCommit) -> insert(tx, id)
      .compose(v -> insert(tx, id))
      .onSuccess(v -> afterCommit.add(runs::incrementAndGet)));

    assertThatThrownBy(() -> await(failed)).hasMessageContaining("probe_pkey");
    assertThat(runs).hasValue(0);
  }

  @Test
  void publicationsRunInTheOrderAddedAndOneThatThrowsKeepsNeitherTheOthersNorTheResultBack() {
    List<String> ran = new CopyOnWriteArrayList<>();

    String result = await(Transactions.run(pool, (tx, afterCommit) -> {
      afterCommit.add(() -> ran.add("first"));
      afterCommit.add(() -> {
        throw new IllegalStateException("a subscriber-side bug");
      });
      afterCommit.add(() -> ran.add("third"));
      return insert(tx, ids.incrementAndGet()).map("committed");
    }));

    assertThat(result).isEqualTo("committed");
    assertThat(ran).containsExactly("first", "third");
  }

  @Test
  void nothingCanBeAddedOnceTheTransactionHasEnded() {
    AtomicReference<AfterCommit> committed = new AtomicReference<>();
    AtomicReference<AfterCommit> rolledBack = new AtomicReference<>();
    await(Transactions.run(pool, (tx, afterCommit) -> {
      committed.set(afterCommit);
      return insert(tx, ids.incrementAndGet());
    }));
    Future<Void> failed = Transactions.run(pool, (tx, afterCommit) -> {
      rolledBack.set(afterCommit);
      return Future.failedFuture(new IllegalStateException("refused"));
    });
    assertThatThrownBy(() -> await(failed)).hasMessageContaining("refused");

    assertThatThrownBy(() -> committed.get().add(() -> { })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> rolledBack.get().add(() -> { })).isInstanceOf(IllegalStateException.class);
  }
}
