package eu.urbis.failure;

/** No valid credentials: the caller is nobody we know. */
public final class Unauthorized extends Failure {
  Unauthorized(String detail) {
    super(detail);
  }
}
