package eu.urbis.ui;

import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI in German and in Bulgarian: the language is picked on the sign-in page, the user's stored language holds
 * after signing in, and sign-in, register, a thread, a room, the moderation queue and every other main view show no
 * English text of the catalog (pieces of four or more characters that the language's catalog does not also use).
 */
class UiLanguageTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static MainViews views;

  @BeforeAll
  static void setUp() {
    views = MainViews.create(server);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "bg"})
  void everyMainViewSpeaksTheUsersLanguageWithoutAnEnglishWord(String locale) {
    assertThat(server.api().patch("/api/me", new JsonObject().put("locale", locale), views.moderatorToken()).statusCode()).isEqualTo(200);
    List<Pattern> english = englishPieces(locale);
    SoftAssertions softly = new SoftAssertions();
    try (Browser browser = Browser.open(server.port())) {
      browser.go("");
      browser.select("#language-picker", locale);
      browser.waitUntil(() -> locale.equals(browser.script("return document.documentElement.lang")));
      views.walk(browser, view -> {
        softly.assertThat(browser.script("return document.documentElement.lang")).as("<html lang> on %s", view.name()).isEqualTo(locale);
        List<String> found = UiText.chrome(browser, views.userContent()).stream()
          .flatMap(text -> english.stream().filter(piece -> piece.matcher(text).find()).map(piece -> piece.pattern() + " in “" + text + "”"))
          .distinct().toList();
        softly.assertThat(found).as("English on %s in %s", view.name(), locale).isEmpty();
      });
    }
    softly.assertAll();
  }

  @Test
  void theEnglishPiecesFindCatalogSentencesButNotWordsBothLanguagesShare() {
    List<Pattern> german = englishPieces("de");
    assertThat(german.stream().filter(piece -> piece.matcher("Abmelden · Log out").find())).hasSize(1);
    assertThat(german.stream().filter(piece -> piece.matcher("Moderation · Online · Status").find())).isEmpty();
    assertThat(englishPieces("bg").stream().filter(piece -> piece.matcher("Skip to content").find())).isNotEmpty();
  }

  /** The English catalog's text between placeholders, four characters or more, that the other catalog does not contain. */
  private static List<Pattern> englishPieces(String locale) {
    JsonObject english = catalog("en");
    String translated = String.join("\n", texts(catalog(locale)).toList());
    return texts(english).flatMap(text -> Stream.of(text.split("\\{\\w+}")))
      .map(String::trim).filter(piece -> piece.length() >= 4 && piece.matches(".*\\p{L}.*") && !translated.contains(piece))
      .distinct().map(piece -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(piece) + "(?![\\p{L}\\p{N}])")).toList();
  }

  private static Stream<String> texts(JsonObject catalog) {
    return catalog.getMap().values().stream().flatMap(value -> value instanceof String text ? Stream.of(text)
      : ((java.util.Map<?, ?>) value).values().stream().map(String::valueOf));
  }

  private static JsonObject catalog(String locale) {
    try {
      return new JsonObject(Files.readString(Path.of("webroot", "i18n", locale + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
