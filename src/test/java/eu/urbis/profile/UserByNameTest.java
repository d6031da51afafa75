package eu.urbis.profile;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Mention links (#/u/{username}) resolve: a user is read by name, whatever the case, by signed-in callers. */
class UserByNameTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  @Test
  void aUserIsFoundByTheirUsernameInAnyCase() {
    JsonObject member = api.newMember("named");
    String username = member.getJsonObject("user").getString("username");
    JsonObject found = ok(api.get("/api/users/by-name/" + username.toUpperCase(), member.getString("token")));
    assertThat(found.getString("id")).isEqualTo(member.getJsonObject("user").getString("id"));
    assertThat(found.getString("username")).isEqualTo(username);
  }

  @Test
  void anUnknownNameIsNotFoundAndStrangersMustSignIn() {
    String token = api.newMember("asker").getString("token");
    assertProblem(api.get("/api/users/by-name/nobody-here", token), 404);
    assertProblem(api.get("/api/users/by-name/nobody-here"), 401);
  }
}
