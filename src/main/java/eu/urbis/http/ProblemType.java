package eu.urbis.http;

/** The problem+json kinds Urbis answers with: HTTP status, type slug and title. */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "Bad request"),
  MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
  VALIDATION(400, "validation", "Invalid input"),
  UNAUTHORIZED(401, "unauthorized", "Authentication required"),
  FORBIDDEN(403, "forbidden", "Not allowed"),
  SUSPENDED(403, "suspended", "Account suspended"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  CONFLICT(409, "conflict", "Conflict"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
  URI_TOO_LONG(414, "uri-too-long", "Request line too long"),
  HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  RATE_LIMITED(429, "rate-limited", "Too many requests"),
  INTERNAL(500, "internal", "Internal server error"),
  DATABASE_UNAVAILABLE(503, "database-unavailable", "Database unavailable"),
  /** Overload: the database or the password hashers are at their bounds; Retry-After says when to try again. */
  BUSY(503, "busy", "Server busy");

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String type() {
    return "/problems/" + slug;
  }

  public String title() {
    return title;
  }

  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
