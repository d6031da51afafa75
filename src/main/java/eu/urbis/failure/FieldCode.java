package eu.urbis.failure;

/**
 * The stable codes of field errors (API.md v2: clients translate by code). Params, where a code has them, are named
 * in brackets; the browser's catalog has one message per code ({@code error.field.<code>}).
 */
public final class FieldCode {
  /** Absent or empty. */
  public static final String REQUIRED = "required";
  /** Shorter than allowed [min]. */
  public static final String TOO_SHORT = "too_short";
  /** Longer than allowed [max, length]. */
  public static final String TOO_LONG = "too_long";
  /** Not of the JSON type the field takes [expected: string, boolean, list, object, number]. */
  public static final String WRONG_TYPE = "wrong_type";
  /** Not one of a fixed list of values [allowed]. */
  public static final String ONE_OF = "one_of";
  /** Does not match the field's form (username, tag, prefix). */
  public static final String PATTERN = "pattern";
  /** More items than allowed [max]. */
  public static final String TOO_MANY = "too_many";
  /** A number outside its range [min, max]. */
  public static final String OUT_OF_RANGE = "out_of_range";
  /** Names something that does not exist or the caller may not see (a board, a user, a cursor). */
  public static final String UNKNOWN = "unknown";
  /** A time that must lie in the future but does not. */
  public static final String IN_PAST = "in_past";
  /** Present where it does not belong, or a choice the caller may not make. */
  public static final String NOT_ALLOWED = "not_allowed";
  /** Not the account's password. */
  public static final String WRONG_PASSWORD = "wrong_password";
  /** A password too easy to guess. */
  public static final String WEAK_PASSWORD = "weak_password";
  /** Wrong in a way no other code says (a malformed date, an id of the wrong form). */
  public static final String INVALID = "invalid";
  /** Belongs to another account (an e-mail address). */
  public static final String TAKEN = "taken";

  private FieldCode() {
  }
}
