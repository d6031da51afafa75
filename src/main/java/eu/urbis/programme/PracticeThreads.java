package eu.urbis.programme;

import eu.urbis.http.PathIds;
import eu.urbis.forum.Thread;
import eu.urbis.forum.ThreadKind;

import java.util.Optional;

/** A practice is a forum thread of kind practice; any other thread is no practice (404). */
final class PracticeThreads {
  private PracticeThreads() {
  }

  static Thread only(Optional<Thread> found) {
    return found.filter(thread -> thread.kind() == ThreadKind.PRACTICE).orElseThrow(() -> PathIds.notFound("practice"));
  }
}
