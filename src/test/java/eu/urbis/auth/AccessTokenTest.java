package eu.urbis.auth;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static String userId;
  private static String token;

  @BeforeAll
  static void setUp() {
    JsonObject session = api.newMember("token");
    userId = session.getJsonObject("user").getString("id");
    token = session.getString("token");
  }

  private static String sign(String secret, JWTOptions options) {
    JWTAuth auth = JWTAuth.create(server.vertx(), new JWTAuthOptions()
      .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret)));
    return auth.generateToken(new JsonObject().put("sub", userId), options.setAlgorithm("HS256"));
  }

  private static JWTOptions valid() {
    return new JWTOptions().setIssuer("urbis").setAudience(List.of("urbis-clients")).setExpiresInSeconds(600);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValidTokenIdentifiesTheCaller() {
    var me = api.get("/api/me", token);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.bodyAsJsonObject().getString("id")).isEqualTo(userId);
  }

  @Test
  void aTokenSignedHereWithTheServersKeyIsAccepted() {
    // guards the tests below: they fail for the one thing each changes, not for a wrong set-up
    assertThat(api.get("/api/me", sign(TestServer.JWT_SECRET, valid())).statusCode()).isEqualTo(200);
  }

  @Test
  void noTokenIsA401() {
    assertProblem(api.get("/api/me"), 401);
  }

  @Test
  void anExpiredTokenIsA401() {
    JsonObject claims = new JsonObject().put("sub", userId).put("iss", "urbis").put("aud", "urbis-clients")
      .put("iat", System.currentTimeMillis() / 1000 - 3600).put("exp", System.currentTimeMillis() / 1000 - 60);
    JWTAuth auth = JWTAuth.create(server.vertx(), new JWTAuthOptions()
      .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(TestServer.JWT_SECRET)));
    String expired = auth.generateToken(claims, new JWTOptions().setAlgorithm("HS256").setNoTimestamp(true));
    assertProblem(api.get("/api/me", expired), 401);
  }

  @Test
  void aTokenWithAChangedPayloadIsA401() {
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + b64(new JsonObject().put("sub", "1").put("iss", "urbis").put("aud", "urbis-clients")
      .put("exp", System.currentTimeMillis() / 1000 + 600).encode()) + "." + parts[2];
    assertProblem(api.get("/api/me", forged), 401);
  }

  @Test
  void anUnsignedAlgNoneTokenIsA401() {
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String payload = b64(new JsonObject().put("sub", userId).put("iss", "urbis").put("aud", "urbis-clients")
      .put("exp", System.currentTimeMillis() / 1000 + 600).encode());
    assertProblem(api.get("/api/me", header + "." + payload + "."), 401);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsA401() {
    assertProblem(api.get("/api/me", sign("another-secret-that-is-also-long-enough!", valid())), 401);
  }

  @Test
  void aTokenForAnotherIssuerOrAudienceIsA401() {
    assertProblem(api.get("/api/me", sign(TestServer.JWT_SECRET, valid().setIssuer("someone-else"))), 401);
    assertProblem(api.get("/api/me", sign(TestServer.JWT_SECRET, valid().setAudience(List.of("another-app")))), 401);
  }

  @Test
  void garbageInTheAuthorizationHeaderIsA401() {
    assertProblem(api.get("/api/me", "not.a.jwt"), 401);
    assertProblem(api.get("/api/me", "%%%"), 401);
  }

  private static String signClaims(JsonObject claims) {
    JWTAuth auth = JWTAuth.create(server.vertx(), new JWTAuthOptions()
      .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(TestServer.JWT_SECRET)));
    return auth.generateToken(claims, new JWTOptions().setAlgorithm("HS256").setIssuer("urbis")
      .setAudience(List.of("urbis-clients")).setNoTimestamp(true));
  }

  @Test
  void aValidlySignedTokenWithoutExpiryIs401() {
    assertProblem(api.get("/api/me", signClaims(new JsonObject().put("sub", userId))), 401);
  }

  @Test
  void malformedClaimsInAValidlySignedTokenAre401NotAServerError() {
    long later = System.currentTimeMillis() / 1000 + 600;
    assertProblem(api.get("/api/me", signClaims(new JsonObject().put("sub", userId).put("exp", Long.toString(later)))), 401);
    assertProblem(api.get("/api/me", signClaims(new JsonObject().put("sub", Long.parseLong(userId)).put("exp", later))), 401);
    assertProblem(api.get("/api/me", signClaims(new JsonObject().put("sub", userId).put("exp", later).put("nbf", "soon"))), 401);
  }

  @Test
  void onlyTheCanonicalSpellingOfTheSignatureIsAccepted() {
    assertProblem(api.get("/api/me", token + "="), 401);
    char last = token.charAt(token.length() - 1);
    // HS256 signatures are 32 bytes: the last of 43 base64url characters carries 2 unused low bits
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int value = alphabet.indexOf(last);
    for (int unused = 1; unused < 4; unused++) {
      String variant = token.substring(0, token.length() - 1) + alphabet.charAt((value & ~3) | ((value + unused) & 3));
      assertProblem(api.get("/api/me", variant), 401);
    }
  }
}
