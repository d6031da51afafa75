package eu.urbis.auth;

import java.time.Duration;

/** {@code secret} null means: generate one on first start and keep it in the data directory. */
public record JwtConfig(String secret, String issuer, String audience, Duration accessTokenTtl, Duration refreshTokenTtl) {
}
