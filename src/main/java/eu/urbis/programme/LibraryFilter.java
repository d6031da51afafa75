package eu.urbis.programme;

import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import io.vertx.core.MultiMap;

/**
 * The practice library's filters ({@code ?status=&evidence=&theme=&city=}); null matches any. Without a status the
 * library shows validated practices; {@code status=all} shows every state.
 */
record LibraryFilter(String status, String evidence, String theme, String city) {

  static LibraryFilter from(MultiMap params) {
    String status = params.get("status");
    if (status == null || status.isEmpty()) {
      status = PracticeStatus.VALIDATED.wire();
    } else if (status.equals("all")) {
      status = null;
    } else {
      status = wire(status, PracticeStatus.class, "status");
    }
    String evidence = params.get("evidence");
    return new LibraryFilter(status, evidence == null || evidence.isEmpty() ? null : wire(evidence, Evidence.class, "evidence"),
      blankToNull(params.get("theme")), blankToNull(params.get("city")));
  }

  private static <E extends Enum<E>> String wire(String value, Class<E> type, String field) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant.name().toLowerCase();
      }
    }
    throw Failure.invalid(field, FieldCode.UNKNOWN, "is not a known " + field);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
