package eu.urbis.programme;

import eu.urbis.failure.FieldCode;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** {@code POST /api/requests}: a city asks the network for help on a theme, by a date or none. */
record NewHelpRequest(String theme, String title, String need, LocalDate by) {
  static final Pattern THEME = Pattern.compile("[a-z0-9-]{1,64}");

  static NewHelpRequest from(JsonObject body) {
    Input in = Input.of(body);
    String theme = in.text("theme", 1, 64, THEME, "must be a theme id of GET /api/themes");
    String title = in.text("title", 3, 160);
    String need = in.text("need", 1, 4_000);
    LocalDate by = date(in, body.getValue("by"));
    in.validate();
    return new NewHelpRequest(theme, title, need, by);
  }

  private static LocalDate date(Input in, Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    in.reject("by", FieldCode.INVALID, "must be a date like 2027-03-31");
    return null;
  }
}
