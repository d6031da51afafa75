package eu.urbis.failure;

/** Content over a size limit or a quota; nothing of it was kept. */
public final class TooLarge extends Failure {
  public TooLarge(String detail) {
    super(detail);
  }
}
