package eu.urbis.failure;

/** Nothing the caller may see has that id (an unknown id and one hidden from the caller look the same). */
public final class NotFound extends Failure {
  NotFound(String detail) {
    super(detail);
  }
}
