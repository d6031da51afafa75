package eu.urbis.failure;

/** The caller may see the thing but may not do this to it. */
public final class Forbidden extends Failure {
  Forbidden(String detail) {
    super(detail);
  }
}
