package eu.urbis.ui;

import eu.urbis.support.ServerExtension;
import eu.urbis.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class UiSignInTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @Test
  void registerWithACityThenLogOutAndLogInAgain() {
    try (Browser browser = Browser.open(server.port())) {
      browser.go("");
      browser.clickLabelled("sign-in .tabs", "Register");
      browser.type("#register-username", "ana.petrova")
        .type("#register-displayName", "Ana Petrova")
        .type("#register-password", "short")
        .select("#register-cityId", "gabrovo")
        .click("sign-in button[type=submit]");
      assertThat(browser.find("#register-password-error").getText()).isNotBlank();

      browser.type("#register-password", TestServer.PASSWORD).click("sign-in button[type=submit]");
      assertThat(browser.waitForText("app-header .me", "Gabrovo").getText()).contains("Gabrovo", "MEMBER");

      browser.clickLabelled("app-header .me", "Log out");
      browser.logIn("ana.petrova", TestServer.PASSWORD);
      assertThat(browser.find("app-header .me-name").getText()).isEqualTo("Ana Petrova");
      browser.assertCleanConsole();
    }
  }

  @Test
  void wrongPasswordIsSaidNextToTheForm() {
    server.api().newMember("lena");
    try (Browser browser = Browser.open(server.port())) {
      browser.go("").type("#login-username", "nobody-here").type("#login-password", "wrong password!").click("sign-in button[type=submit]");
      assertThat(browser.find("sign-in .problem").getText()).isNotBlank();
    }
  }

  @Test
  void aDeepLinkSurvivesAReload() {
    var member = server.api().newMember("deep");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member);
      browser.go("#/users/" + member.getJsonObject("user").getString("id"));
      browser.waitForText("user-card h1", member.getJsonObject("user").getString("displayName"));
      browser.driver().navigate().refresh();
      assertThat(browser.waitForText("user-card h1", member.getJsonObject("user").getString("displayName")).isDisplayed()).isTrue();
    }
  }

  /** B19: a failed login's username and password are not carried into the register form. */
  @Test
  void switchingToRegisterStartsWithAnEmptyForm() {
    try (Browser browser = Browser.open(server.port())) {
      browser.go("").type("#login-username", "someone").type("#login-password", "a failed password");
      browser.clickLabelled("sign-in .tabs", "Register");
      assertThat(browser.find("#register-username").getDomProperty("value")).isEmpty();
      assertThat(browser.find("#register-password").getDomProperty("value")).isEmpty();
    }
  }

  /** B20: messages written for the person at the form, not for developers. */
  @Test
  void formMessagesSpeakToThePersonRegistering() {
    try (Browser browser = Browser.open(server.port())) {
      browser.go("").type("#login-username", "nobody-here").type("#login-password", "wrong password!").click("sign-in button[type=submit]");
      assertThat(browser.find("sign-in .problem").getText()).isEqualTo("Unknown username or wrong password.");

      browser.clickLabelled("sign-in .tabs", "Register");
      assertThat(browser.all("#register-inviteCode")).as("no invite code while registration is open").isEmpty();
      browser.type("#register-username", "Ana Petrova!").type("#register-password", "Quiet-Harbour-42-lantern")
        .click("sign-in button[type=submit]");
      assertThat(browser.find("#register-cityId-error").getText()).isEqualTo("Choose your city from the list.");
      assertThat(browser.find("#register-displayName-error").getText()).isEqualTo("Please fill this in.");
      assertThat(browser.find("#register-username-error").getText()).isEqualTo("Use 3 to 32 lowercase letters, digits and _ . - only.");
    }
  }

  /** B21: a suspended user who tries to log in again reads the reason once, not twice. */
  @Test
  void theSuspensionIsSaidOnceWhenTheSuspendedUserTriesAgain() {
    var member = server.api().newMember("banned");
    var moderator = server.api().newUserWithRole("mod", "moderator");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member);
      server.api().post("/api/users/" + member.getJsonObject("user").getString("id") + "/suspend",
        new io.vertx.core.json.JsonObject().putNull("until").put("reason", "Adverts"), moderator.getString("token"));
      browser.waitForText("sign-in .problem", "suspended");
      browser.type("#login-username", member.getJsonObject("user").getString("username"))
        .type("#login-password", TestServer.PASSWORD).click("sign-in button[type=submit]");
      browser.waitUntil(() -> browser.find("sign-in button[type=submit]").isEnabled());
      browser.waitForText("sign-in .problem", "Adverts");
      assertThat(browser.all("sign-in .problem")).hasSize(1);
    }
  }
}
