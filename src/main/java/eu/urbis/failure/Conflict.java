package eu.urbis.failure;

import java.util.List;

/**
 * The request is sound but the state forbids it (already taken, already decided, a second acknowledgement).
 * Non-sealed so a feature can name one of its own conflicts and recognise it in a later step.
 */
public non-sealed class Conflict extends Failure {
  private final List<FieldError> errors;

  protected Conflict(String detail, List<FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  /** A conflict with one field's value, e.g. an address that belongs to another account. */
  public static Conflict onField(String detail, FieldError error) {
    return new Conflict(detail, List.of(error));
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
