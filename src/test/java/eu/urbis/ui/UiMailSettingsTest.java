package eu.urbis.ui;

import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail settings view keeps an address and a mode across a reload and shows a bad address's error beside it. */
class UiMailSettingsTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  @Test
  void anAddressAndTheWeeklyModeAreSavedAndStillThereAfterAReload() {
    JsonObject member = server.api().newMember("mailer");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/");
      browser.click("side-nav a[href='#/settings']");
      browser.type("mail-settings #settings-email", "mailer.weekly@example.org");
      browser.click("mail-settings #settings-mode-weekly");
      browser.click("mail-settings button[type=submit]");

      assertThat(browser.waitForText("mail-settings [role=status]", "saved").getText()).isEqualTo("Your e-mail settings are saved.");
      browser.driver().navigate().refresh();
      assertThat(browser.find("mail-settings #settings-email").getAttribute("value")).isEqualTo("mailer.weekly@example.org");
      assertThat(browser.find("mail-settings #settings-mode-weekly").isSelected()).isTrue();
      assertThat(browser.find("mail-settings label[for='settings-mode-weekly']").getText()).isEqualTo("Weekly digest");
      browser.assertCleanConsole();
    }
  }

  @Test
  void anInvalidAddressIsRefusedWithItsErrorBesideTheField() {
    JsonObject member = server.api().newMember("typo");
    try (Browser browser = Browser.open(server.port())) {
      browser.logIn(member).go("#/settings");
      browser.type("mail-settings #settings-email", "not-an-address");
      browser.click("mail-settings button[type=submit]");

      assertThat(browser.find("mail-settings #settings-email-error").getText())
        .isEqualTo("Enter an e-mail address such as name@example.org.");
      assertThat(browser.find("mail-settings #settings-email").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("mail-settings #settings-email").getAttribute("aria-describedby")).contains("settings-email-error");
      assertThat(browser.all("mail-settings [role=status]").get(0).getText()).isEmpty();
      browser.assertCleanConsole();
    }
  }
}
