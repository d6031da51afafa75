package eu.urbis.ui;

import eu.urbis.support.ServerExtension;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pseudo-locale {@code qps} (English accented, bracketed, 40 % longer) on every main view at phone width: any text
 * still readable as plain letters after the pseudo pieces and the user content are taken out came from no catalog,
 * and no element with hidden overflow cuts its longer text off, nor does the page scroll sideways.
 */
class UiPseudoLocaleTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static MainViews views;

  /** Whole pseudo pieces, and the start or end of one that a link or a name splits into several text nodes. */
  private static final Pattern PSEUDO = Pattern.compile("\\[(?:[^\\[\\]]|\\[[^\\[\\]]*])*]|^[^\\[\\]]*]|\\[[^\\[\\]]*$");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private static final String CLIPPED = """
    return [...document.querySelectorAll('body *')].filter((element) => {
      const style = getComputedStyle(element);
      return ['hidden', 'clip'].includes(style.overflowX) && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1;
    }).map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 60)}`);
    """;

  @BeforeAll
  static void setUp() {
    views = MainViews.create(server);
  }

  /** What is left of a text when the pseudo pieces are taken out: letters left mean text no catalog made. */
  static String hardCoded(String text) {
    String rest = PSEUDO.matcher(text).replaceAll(" ").trim();
    return LETTER.matcher(rest).find() ? rest : "";
  }

  @Test
  void theRuleTellsCatalogTextFromHardCodedText() {
    assertThat(hardCoded("[Šéáŕçĥ ···]")).isEmpty();
    assertThat(hardCoded("[Ŕépľý ţó ")).isEmpty();
    assertThat(hardCoded(" ····]")).isEmpty();
    assertThat(hardCoded("12 · # —")).isEmpty();
    assertThat(hardCoded("Search")).isEqualTo("Search");
    assertThat(hardCoded("3 posts")).isEqualTo("3 posts");
    assertThat(hardCoded("[Šéáŕçĥ ···] results")).isEqualTo("results");
    assertThat(hardCoded("[Máŕkđówñ: [ľíñk](ĥţţpš://…) ···]")).isEmpty();
  }

  @Test
  void everyMainViewInThePseudoLocaleHasOnlyCatalogTextAndNothingClippedAtPhoneWidth() {
    SoftAssertions softly = new SoftAssertions();
    try (Browser browser = Browser.open(server.port())) {
      browser.size(375, 812);
      browser.go("");
      browser.script("localStorage.setItem('urbis.locale', 'qps')");
      views.walk(browser, view -> {
        assertThat(browser.script("return document.documentElement.lang")).as("the pseudo-locale is on").isEqualTo("en-XA");
        List<String> hardCoded = UiText.chrome(browser, views.userContent()).stream().map(UiPseudoLocaleTest::hardCoded)
          .filter(rest -> !rest.isEmpty()).distinct().toList();
        softly.assertThat(hardCoded).as("text on %s that no catalog made", view.name()).isEmpty();
        softly.assertThat((List<?>) browser.script(CLIPPED)).as("elements on %s that cut their text off", view.name()).isEmpty();
        softly.assertThat(((Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
          .as("pixels %s scrolls sideways", view.name()).isLessThanOrEqualTo(0);
      });
    }
    softly.assertAll();
  }
}
