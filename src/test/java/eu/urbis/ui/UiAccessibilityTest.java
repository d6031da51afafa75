package eu.urbis.ui;

import eu.urbis.support.ServerExtension;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on every main view at desktop and phone width, and what a phone and a browser tab need of each view. */
class UiAccessibilityTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static MainViews views;

  @BeforeAll
  static void setUp() {
    views = MainViews.create(server);
  }

  private static void axeFindsNothing(int width, int height, String colorScheme) {
    SoftAssertions softly = new SoftAssertions();
    try (Browser browser = Browser.open(server.port())) {
      browser.size(width, height);
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
      views.walk(browser, view -> softly.assertThat(Axe.problems(browser)).as("axe on %s at %d px", view.name(), width).isEmpty());
    }
    softly.assertAll();
  }

  @Test
  void axeFindsNoViolationOnAnyMainViewAtDesktopWidth() {
    axeFindsNothing(1280, 900, "light");
  }

  @Test
  void axeFindsNoViolationOnAnyMainViewAtPhoneWidth() {
    axeFindsNothing(375, 812, "light");
  }

  @Test
  void axeFindsNoViolationOnAnyMainViewInTheDarkTheme() {
    axeFindsNothing(1280, 900, "dark");
  }

  /** B14: at 375 px no view is wider than the screen. */
  @Test
  void noMainViewOverflowsAPhoneScreen() {
    SoftAssertions softly = new SoftAssertions();
    try (Browser browser = Browser.open(server.port())) {
      browser.size(375, 812);
      views.walk(browser, view -> softly.assertThat(((Number) browser.script(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
        .as("pixels %s is wider than the screen", view.name()).isLessThanOrEqualTo(0));
    }
    softly.assertAll();
  }

  /** B17: browser tabs, history and screen readers can tell the views apart. */
  @Test
  void everyMainViewHasItsOwnDocumentTitle() {
    Map<String, String> titles = new HashMap<>();
    try (Browser browser = Browser.open(server.port())) {
      views.walk(browser, view -> titles.put(view.name(), browser.driver().getTitle()));
    }
    assertThat(titles.values()).as(titles.toString()).doesNotHaveDuplicates().allMatch(title -> title.endsWith(" · Urbis"));
  }
}
