package eu.urbis.failure;

import java.util.List;

/** The input breaks a rule; each field error says which field and why, by a stable code. */
public final class Invalid extends Failure {
  private final List<FieldError> errors;

  Invalid(List<FieldError> errors) {
    super("One or more fields are invalid.");
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
