package eu.urbis.programme;

import eu.urbis.programme.Acknowledgements.Tally;

/** The acknowledgement tally as CSV (RFC 4180): one line per city of the audience, acknowledged or not. */
final class AckCsv {
  private AckCsv() {
  }

  static String of(Tally tally) {
    StringBuilder csv = new StringBuilder("city,name,role,acknowledged,by,at\r\n");
    tally.acknowledged().forEach(ack -> line(csv, ack.city().id(), ack.city().name(), ack.city().role(), "yes",
      ack.by().displayName(), ack.at().toString()));
    tally.missing().forEach(missing -> line(csv, missing.city().id(), missing.city().name(), missing.city().role(), "no", "", ""));
    return csv.toString();
  }

  private static void line(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      csv.append(i == 0 ? "" : ",").append(quoted(fields[i]));
    }
    csv.append("\r\n");
  }

  // a leading = + - @ would be a formula in a spreadsheet: prefix it so a display name cannot run one
  private static String quoted(String field) {
    String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
