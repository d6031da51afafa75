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
}
