package eu.urbis.programme;

import eu.urbis.auth.Policy;
import eu.urbis.user.Role;
import eu.urbis.user.User;

import java.util.Objects;

/** Who may act for a city and on a practice's review; docs/permissions.md is the same table in prose. */
final class ProgrammePolicy {
  private ProgrammePolicy() {
  }

  static boolean canNameCoordinators(User caller) {
    return caller.has(Role.ADMIN);
  }

  /** A city's page is edited by its coordinators, and by admins. */
  static boolean canEditCity(User caller, boolean coordinatesIt) {
    return coordinatesIt || caller.has(Role.ADMIN);
  }

  /**
   * Who speaks for a city (declares adoptions, acknowledges announcements): its coordinators, or, while it has none,
   * any of its members.
   */
  static boolean speaksFor(User caller, String cityId, boolean coordinatesIt, boolean cityHasCoordinator) {
    return coordinatesIt || (!cityHasCoordinator && cityId.equals(caller.cityId()));
  }

  /** The author submits a draft and resubmits a returned practice. */
  static boolean canSubmit(User caller, String authorId) {
    return caller.id().equals(authorId);
  }

  /**
   * Moderators review any practice; mentors review those of cities other than their own. Nobody reviews a practice
   * they wrote.
   */
  static boolean canReview(User caller, String authorId, String practiceCityId) {
    if (caller.id().equals(authorId)) {
      return false;
    }
    return Policy.canModerate(caller) || (caller.role() == Role.MENTOR && !Objects.equals(caller.cityId(), practiceCityId));
  }

  /** A city asks the network through any of its people. */
  static boolean canAsk(User caller) {
    return caller.cityId() != null;
  }

  /** A mentor, or a coordinator, of a city other than the one asking accepts to help. */
  static boolean canAccept(User caller, String requestCityId) {
    boolean helperRole = caller.role() == Role.MENTOR || caller.coordinator();
    return helperRole && !Objects.equals(caller.cityId(), requestCityId);
  }

  /** The request's author, the asking city's coordinators or a moderator closes it. */
  static boolean canClose(User caller, String authorId, String requestCityId) {
    return caller.id().equals(authorId) || (caller.coordinator() && requestCityId.equals(caller.cityId())) || Policy.canModerate(caller);
  }
}
