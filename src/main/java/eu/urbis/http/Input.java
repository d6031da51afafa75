package eu.urbis.http;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.failure.FieldError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and validates the fields of a JSON body, collecting every violation so the client sees them
 * all at once; {@link #validate()} throws one 400 naming each field.
 */
public final class Input {
  private final JsonObject json;
  private final List<FieldError> errors = new ArrayList<>();

  private Input(JsonObject json) {
    this.json = json;
  }

  public static Input of(JsonObject json) {
    return new Input(json);
  }

  /** A required string of {@code min..max} characters (after trimming). */
  public String text(String field, int min, int max) {
    String value = optionalText(field, min, max);
    if (value == null && !has(field)) {
      errors.add(required(field));
    }
    return value;
  }

  /** A required string that must also match {@code pattern}; {@code rule} says what it allows. */
  public String text(String field, int min, int max, Pattern pattern, String rule) {
    String value = text(field, min, max);
    if (value != null && !pattern.matcher(value).matches()) {
      errors.add(new FieldError(field, FieldCode.PATTERN, rule));
      return null;
    }
    return value;
  }

  /** An optional string: null when absent or null; a violation when present but wrong. */
  public String optionalText(String field, int min, int max) {
    Object raw = json.getValue(field);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String text)) {
      errors.add(wrongType(field, "string", "must be a string"));
      return null;
    }
    String trimmed = text.strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length < min || length > max) {
      errors.add(lengthError(field, length, min, max));
      return null;
    }
    return trimmed;
  }

  /** A string that must be used exactly as sent (passwords): length-checked, never trimmed. */
  public String secret(String field, int min, int max) {
    Object raw = json.getValue(field);
    if (raw == null) {
      errors.add(required(field));
      return null;
    }
    if (!(raw instanceof String text)) {
      errors.add(wrongType(field, "string", "must be a string"));
      return null;
    }
    if (text.length() < min || text.length() > max) {
      errors.add(lengthError(field, text.codePointCount(0, text.length()), min, max));
      return null;
    }
    return text;
  }

  public <E extends Enum<E>> E optionalEnum(String field, Class<E> type) {
    String value = optionalText(field, 1, 64);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    String allowed = allowed(type);
    errors.add(new FieldError(field, FieldCode.ONE_OF, new JsonObject().put("allowed", allowed), "must be one of " + allowed));
    return null;
  }

  public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
    if (!has(field)) {
      errors.add(required(field));
      return null;
    }
    return optionalEnum(field, type);
  }

  public Boolean optionalBoolean(String field) {
    Object raw = json.getValue(field);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof Boolean flag)) {
      errors.add(wrongType(field, "boolean", "must be true or false"));
      return null;
    }
    return flag;
  }

  /**
   * An optional list of strings, each matching {@code pattern}, at most {@code maxItems}. {@code rule} is said of
   * the first item that does not match; a {@code %s} in it names that item.
   */
  public List<String> optionalTextList(String field, int maxItems, Pattern pattern, String rule) {
    Object raw = json.getValue(field);
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof JsonArray array)) {
      errors.add(wrongType(field, "list", "must be a list of strings"));
      return List.of();
    }
    if (array.size() > maxItems) {
      errors.add(new FieldError(field, FieldCode.TOO_MANY, new JsonObject().put("max", maxItems), "Give at most " + maxItems + "."));
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object item : array) {
      if (!(item instanceof String text) || !pattern.matcher(text).matches()) {
        errors.add(new FieldError(field, FieldCode.PATTERN, new JsonObject().put("item", String.valueOf(item)), String.format(rule, item)));
        return List.of();
      }
      values.add(text);
    }
    return List.copyOf(values);
  }

  /** Said to the person filling in the form, beside the field its label names. */
  private static FieldError lengthError(String field, int length, int min, int max) {
    if (length == 0) {
      return required(field);
    }
    return length < min
      ? new FieldError(field, FieldCode.TOO_SHORT, new JsonObject().put("min", min), "Use at least " + min + " characters.")
      : new FieldError(field, FieldCode.TOO_LONG, new JsonObject().put("max", max).put("length", length),
        "Use at most " + max + " characters (this has " + length + ").");
  }

  private static FieldError required(String field) {
    return new FieldError(field, FieldCode.REQUIRED, "Please fill this in.");
  }

  private static FieldError wrongType(String field, String expected, String message) {
    return new FieldError(field, FieldCode.WRONG_TYPE, new JsonObject().put("expected", expected), message);
  }

  /** A violation no typed reader finds, with its {@link FieldCode}. */
  public void reject(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
  }

  public void reject(String field, String code, JsonObject params, String message) {
    errors.add(new FieldError(field, code, params, message));
  }

  public boolean has(String field) {
    return json.getValue(field) != null;
  }

  public void validate() {
    if (!errors.isEmpty()) {
      throw Failure.invalid(errors);
    }
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase());
    }
    return String.join(", ", names);
  }
}
