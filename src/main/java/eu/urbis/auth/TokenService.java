package eu.urbis.auth;

import eu.urbis.http.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

import java.util.List;

/** Issues and checks the short-lived HS256 access tokens; issuer, audience and expiry are all verified. */
public final class TokenService {
  private static final String ALGORITHM = "HS256";

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

  public String issue(String userId) {
    return jwt.generateToken(new JsonObject().put("sub", userId), signing);
  }

  /** The user id the token was issued to; fails with 401 for anything but a valid, current token. */
  public Future<String> verify(String token) {
    return jwt.authenticate(new TokenCredentials(token))
      .map(user -> user.principal().getString("sub"))
      .compose(sub -> sub == null || !sub.matches("\\d{1,18}")
        ? Future.failedFuture(ApiException.unauthorized("The token names no user."))
        : Future.succeededFuture(sub))
      .recover(failure -> Future.failedFuture(failure instanceof ApiException ? failure
        : ApiException.unauthorized("The token is invalid or expired.")));
  }
}
