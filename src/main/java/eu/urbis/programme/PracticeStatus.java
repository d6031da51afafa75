package eu.urbis.programme;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The review states of a practice and the moves between them. */
enum PracticeStatus {
  DRAFT, SUBMITTED, IN_REVIEW, VALIDATED, RETURNED;

  private static final Map<PracticeStatus, Set<PracticeStatus>> NEXT = Map.of(
    DRAFT, Set.of(SUBMITTED),
    SUBMITTED, Set.of(IN_REVIEW),
    IN_REVIEW, Set.of(VALIDATED, RETURNED),
    RETURNED, Set.of(SUBMITTED),
    VALIDATED, Set.of());

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static PracticeStatus fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  boolean canMoveTo(PracticeStatus to) {
    return NEXT.get(this).contains(to);
  }

  /** Submitting and resubmitting are the author's moves; the others are a reviewer's. */
  boolean byAuthor() {
    return this == SUBMITTED;
  }
}
