package eu.urbis.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * What one transaction will announce once it has committed (see {@link Transactions#run}). The work adds
 * publications as it goes; they run once, in the order added, after the commit returns, and are dropped when the
 * transaction rolls back. Touched only by the transaction's own chain of steps, so it needs no locking.
 */
public final class AfterCommit {
  private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

  private List<Runnable> publications = new ArrayList<>();

  AfterCommit() {
  }

  /** Queues {@code publication} for after the commit; refused once the transaction has ended. */
  public void add(Runnable publication) {
    if (publications == null) {
      throw new IllegalStateException("The transaction has ended: add publications inside its work.");
    }
    publications.add(publication);
  }

  /** Runs the publications when {@code committed}, else drops them; either way no later one is accepted. */
  void end(boolean committed) {
    List<Runnable> due = publications;
    publications = null;
    if (committed) {
      due.forEach(AfterCommit::publish);
    }
  }

  // the change is durable already: one failing publication must neither undo it nor keep the others back
  private static void publish(Runnable publication) {
    try {
      publication.run();
    } catch (RuntimeException e) {
      log.error("a publication after commit failed", e);
    }
  }
}
