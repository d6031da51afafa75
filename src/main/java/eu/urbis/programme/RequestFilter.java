package eu.urbis.programme;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;

import java.util.Set;

/** The request list's filters ({@code ?status=&theme=&city=}); null matches any. */
record RequestFilter(String status, String theme, String cityId) {
  private static final Set<String> STATUSES = Set.of(HelpRequest.OPEN, HelpRequest.MATCHED, HelpRequest.CLOSED);

  static RequestFilter from(MultiMap params) {
    String status = blankToNull(params.get("status"));
    String theme = blankToNull(params.get("theme"));
    if (status != null && !STATUSES.contains(status)) {
      throw Failure.invalid("status", FieldCode.ONE_OF, new JsonObject().put("allowed", "open, matched, closed"), "must be one of open, matched, closed");
    }
    if (theme != null && !NewHelpRequest.THEME.matcher(theme).matches()) {
      throw Failure.invalid("theme", FieldCode.UNKNOWN, "must be a theme id of GET /api/themes");
    }
    return new RequestFilter(status, theme, blankToNull(params.get("city")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
