package eu.urbis.ui;

import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The page around the views: its icon and manifest, and the colour theme. */
class UiShellTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  private static final String BACKGROUND = "return getComputedStyle(document.body).backgroundColor";

  @Test
  void everyPageNamesAnSvgIconAndAWebManifestThatTheServerAnswers() {
    var icon = server.api().get("/icon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.getHeader("Content-Type")).isEqualTo("image/svg+xml");
    var manifest = server.api().get("/manifest.webmanifest");
    assertThat(manifest.statusCode()).isEqualTo(200);
    assertThat(manifest.getHeader("Content-Type")).isEqualTo("application/manifest+json");
    assertThat(new JsonObject(manifest.bodyAsString()).getJsonArray("icons").getJsonObject(0).getString("src")).isEqualTo("/icon.svg");

    try (Browser browser = Browser.open(server.port())) {
      browser.go("");
      browser.find("#login-username");
      assertThat(browser.all("link[rel=icon]").get(0).getDomAttribute("href")).isEqualTo("/icon.svg");
      assertThat(browser.all("link[rel=manifest]").get(0).getDomAttribute("href")).isEqualTo("/manifest.webmanifest");
      assertThat(browser.script("return performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/favicon.ico'))"))
        .isEqualTo(false);
    }
  }

  @Test
  void theThemeFollowsTheSystemUntilTheSwitchChoosesOneAndKeepsIt() {
    JsonObject member = server.api().newMember("owl");
    try (Browser browser = Browser.open(server.port())) {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      browser.logIn(member);
      assertThat(browser.script(BACKGROUND)).isEqualTo("rgb(13, 17, 23)");
      assertThat(browser.find("app-header .theme-switch").getDomAttribute("aria-pressed")).isEqualTo("true");

      browser.click("app-header .theme-switch");
      assertThat(browser.script(BACKGROUND)).isEqualTo("rgb(255, 255, 255)");
      browser.driver().navigate().refresh();
      browser.find("app-header .me");
      assertThat(browser.script(BACKGROUND)).isEqualTo("rgb(255, 255, 255)");
      assertThat(browser.find("app-header .theme-switch").getDomAttribute("aria-pressed")).isEqualTo("false");
    }
  }
}
