package eu.urbis.auth;

import eu.urbis.failure.Failure;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Issues and checks the short-lived HS256 access tokens; issuer, audience and expiry are all verified. */
public final class TokenService {
  private static final String ALGORITHM = "HS256";
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final JWTAuth jwt;
  private final JWTOptions signing;

  public TokenService(Vertx vertx, JwtConfig config) {
    JWTOptions verifying = new JWTOptions()
      .setIssuer(config.issuer())
      .setAudience(List.of(config.audience()))
      .setLeeway(0);
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
      .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(config.secret()))
      .setJWTOptions(verifying));
    this.signing = new JWTOptions()
      .setAlgorithm(ALGORITHM)
      .setIssuer(config.issuer())
      .setAudience(List.of(config.audience()))
      .setExpiresInSeconds((int) config.accessTokenTtl().toSeconds());
  }

  /** @param session the login family: logging out ends the sockets opened with its tokens */
  public String issue(String userId, UUID session) {
    return jwt.generateToken(new JsonObject().put("sub", userId).put("sid", session.toString()), signing);
  }

  /**
   * Whom the token was issued to, in which session; fails with 401 for anything but a valid, current token: one this server
   * could have issued, so with a numeric {@code exp}, a numeric {@code sub} and its signature in canonical base64url.
   */
  public Future<AccessToken> verify(String token) {
    return authenticate(token)
      .compose(user -> {
        // the whole payload; exp, iat and nbf are left out of the principal
        JsonObject claims = user.attributes().getJsonObject("accessToken");
        if (!(claims.getValue("exp") instanceof Number) || !(claims.getValue("sub") instanceof String sub) || !sub.matches("\\d{1,18}")) {
          return Future.failedFuture(Failure.unauthorized("The token names no user or no expiry."));
        }
        return Future.succeededFuture(new AccessToken(sub, claims.getValue("sid") instanceof String sid ? sid : null));
      })
      .recover(failure -> Future.failedFuture(failure instanceof Failure ? failure
        : Failure.unauthorized("The token is invalid or expired.")));
  }

  /** The JWT library throws, rather than fails, on claims of the wrong type (an {@code exp} that is a string). */
  private Future<User> authenticate(String token) {
    if (!canonicalSignature(token)) {
      return Future.failedFuture(Failure.unauthorized("The token is invalid or expired."));
    }
    try {
      return jwt.authenticate(new TokenCredentials(token));
    } catch (RuntimeException malformed) {
      return Future.failedFuture(Failure.unauthorized("The token is invalid or expired."));
    }
  }

  /** Base64url has several spellings of one signature (padding, unused low bits); only the one we write counts. */
  private static boolean canonicalSignature(String token) {
    int dot = token.lastIndexOf('.');
    String signature = token.substring(dot + 1);
    try {
      return dot > 0 && URL.encodeToString(DECODER.decode(signature)).equals(signature);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }
}
