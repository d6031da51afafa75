package eu.urbis.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests the HTTP decoder could not read (request line or headers over the limit, broken framing) never reach the
 * router; they get the same problem+json and security headers as everything else, and the connection is closed.
 */
public final class InvalidRequests implements Handler<HttpServerRequest> {
  @Override
  public void handle(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    ApiException problem;
    if (cause instanceof TooLongHttpLineException) {
      problem = new ApiException(ProblemType.URI_TOO_LONG, "The request line is longer than this server accepts.");
    } else if (cause instanceof TooLongHttpHeaderException) {
      problem = new ApiException(ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than this server accepts.");
    } else {
      problem = new ApiException(ProblemType.BAD_REQUEST, "The request could not be read as HTTP.");
    }
    SecurityHeaders.setOn(request.response().headers());
    request.response().putHeader("Connection", "close").endHandler(v -> request.connection().close());
    Problems.send(request.response(), problem);
  }
}
