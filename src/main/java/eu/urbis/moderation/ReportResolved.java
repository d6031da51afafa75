package eu.urbis.moderation;

import io.vertx.core.json.JsonObject;

/** Published on {@code Addresses.MODERATION} after a report's resolution commits: which report (ids, never text). */
public record ReportResolved(String reportId) {
  public JsonObject toJson() {
    return new JsonObject().put("type", "report.resolved").put("reportId", reportId);
  }

  public static ReportResolved fromJson(JsonObject json) {
    return new ReportResolved(json.getString("reportId"));
  }
}
