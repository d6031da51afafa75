package eu.urbis.profile;

import eu.urbis.support.Api;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** Mention autocomplete: users whose username starts with what was typed, taken literally, a few at most. */
class UserSuggestionsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();

  private static List<String> usernames(String prefix, String token) {
    return ok(api.get("/api/users?prefix=" + prefix, token)).getJsonArray("items").stream()
      .map(item -> ((JsonObject) item).getString("username")).toList();
  }

  @Test
  void theUsersWhoseUsernameStartsWithThePrefixAreSuggestedWhateverItsCase() {
    JsonObject one = api.newMember("zanzibar");
    api.newMember("zanzi_bar");
    String token = one.getString("token");
    assertThat(usernames("ZANZIB", token)).containsExactly(one.getJsonObject("user").getString("username"));
    // "_" is a letter of usernames here, never a wildcard
    assertThat(usernames("zanzi_", token)).hasSize(1).allMatch(name -> name.startsWith("zanzi_bar"));
    assertThat(usernames("qqqq", token)).isEmpty();
  }

  @Test
  void aPrefixThatNoUsernameCouldHaveIsAFieldError() {
    String token = api.newMember("asker").getString("token");
    assertFieldError(api.get("/api/users?prefix=a%25b", token), "prefix");
    assertFieldError(api.get("/api/users", token), "prefix");
  }
}
