package eu.urbis.i18n;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's message catalogs (webroot/i18n/*.json) against the English one: every catalog has exactly its keys, the
 * same {@code {params}}, plural entries with the CLDR cardinal categories of its language (always {@code other}),
 * no empty text, keys in order, and no sentence left in English. One test per catalog, each listing all it finds.
 */
class CatalogTest {
  private static final Path CATALOGS = Path.of("webroot", "i18n");
  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  /** The 24 official EU languages the UI speaks. */
  private static final List<String> LOCALES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
    "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  /**
   * The cardinal plural categories of each language (CLDR 44), those integers reach: a plural entry must have each of
   * them. {@link #OPTIONAL_CATEGORIES} are those only decimals or very large numbers reach; an entry may have them.
   */
  private static final Map<String, Set<String>> CATEGORIES = Map.ofEntries(
    Map.entry("bg", Set.of("one", "other")), Map.entry("cs", Set.of("one", "few", "other")),
    Map.entry("da", Set.of("one", "other")), Map.entry("de", Set.of("one", "other")),
    Map.entry("el", Set.of("one", "other")), Map.entry("en", Set.of("one", "other")),
    Map.entry("es", Set.of("one", "other")), Map.entry("et", Set.of("one", "other")),
    Map.entry("fi", Set.of("one", "other")), Map.entry("fr", Set.of("one", "other")),
    Map.entry("ga", Set.of("one", "two", "few", "many", "other")), Map.entry("hr", Set.of("one", "few", "other")),
    Map.entry("hu", Set.of("one", "other")), Map.entry("it", Set.of("one", "other")),
    Map.entry("lt", Set.of("one", "few", "other")), Map.entry("lv", Set.of("zero", "one", "other")),
    Map.entry("mt", Set.of("one", "two", "few", "many", "other")), Map.entry("nl", Set.of("one", "other")),
    Map.entry("pl", Set.of("one", "few", "many", "other")), Map.entry("pt", Set.of("one", "other")),
    Map.entry("ro", Set.of("one", "few", "other")), Map.entry("sk", Set.of("one", "few", "other")),
    Map.entry("sl", Set.of("one", "two", "few", "other")), Map.entry("sv", Set.of("one", "other")));

  /** cs, sk and lt: `many` is for decimals; es, fr, it and pt: `many` is for millions ("1 million de …"). */
  private static final Map<String, Set<String>> OPTIONAL_CATEGORIES = Map.of(
    "cs", Set.of("many"), "sk", Set.of("many"), "lt", Set.of("many"),
    "es", Set.of("many"), "fr", Set.of("many"), "it", Set.of("many"), "pt", Set.of("many"));

  /**
   * Texts that read the same in English and in other languages, so a copy of them is no forgotten translation: names,
   * units and texts made only of parameters and symbols. A text is checked when it has two or more words.
   */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Urbis", "OK");

  @Test
  void thereIsOneCatalogForEachOfTheTwentyFourLanguagesAndNoOther() throws IOException {
    try (Stream<Path> files = Files.list(CATALOGS)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
        .containsExactlyElementsOf(LOCALES.stream().map(locale -> locale + ".json").toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCatalogHasExactlyTheEnglishKeysParamsAndPluralsOfItsLanguage() {
    JsonObject english = catalog("en");
    return LOCALES.stream().map(locale -> DynamicTest.dynamicTest(locale, () -> {
      List<String> problems = problems(locale, english, catalog(locale));
      assertThat(problems).as("%s.json: %d problem(s):%n%s", locale, problems.size(), String.join("\n", problems)).isEmpty();
    }));
  }

  /** The inbox and the mail tell the steps of a request apart, and a mail names each kind in its own words. */
  @TestFactory
  Stream<DynamicTest> eachStepOfARequestAndEachKindOfMailReadDifferentlyInEveryLanguage() {
    return LOCALES.stream().map(locale -> DynamicTest.dynamicTest(locale, () -> {
      JsonObject catalog = catalog(locale);
      List<String> steps = Stream.of("opened", "accepted", "closed").map(step -> catalog.getString("notifications.request." + step)).toList();
      assertThat(steps).as("%s: the inbox's request steps", locale).doesNotContainNull().doesNotHaveDuplicates();
      List<String> mailKinds = catalog.fieldNames().stream().filter(key -> key.startsWith("mail.kind.")).map(catalog::getString).toList();
      assertThat(mailKinds).as("%s: the mail kinds", locale).hasSizeGreaterThan(3).doesNotHaveDuplicates();
    }));
  }

  @Test
  void theRulesFindEachKindOfMistake() {
    JsonObject english = new JsonObject().put("a.greeting", "Hello {name}, welcome back")
      .put("b.count", new JsonObject().put("one", "{count} post").put("other", "{count} posts"))
      .put("c.save", "Save").put("d.brand", "Urbis");
    JsonObject broken = new JsonObject()
      .put("b.count", new JsonObject().put("one", "{count} příspěvek").put("many", "{count} příspěvku"))
      .put("a.greeting", "Hello {name}, welcome back")
      .put("c.save", "").put("d.brand", "Urbis").put("e.extra", "navíc");
    assertThat(problems("cs", english, broken)).containsExactly(
      "a.greeting: still the English text",
      "b.count: plural lacks categories [few, other]",
      "c.save: empty",
      "e.extra: not in en.json",
      "keys not in order: a.greeting after b.count");
    assertThat(problems("de", english, new JsonObject().put("a.greeting", "Hallo {nom}, willkommen")
      .put("b.count", new JsonObject().put("one", "ein Beitrag").put("other", "{count} Beiträge").put("few", "{n} x"))
      .put("c.save", "Speichern").put("d.brand", "Urbis"))).containsExactly(
      "a.greeting: params [nom] differ from English [name]",
      "b.count: plural has categories de does not use [few]",
      "b.count: params [n] in 'few' are not all English params [count]");
  }

  private static List<String> problems(String locale, JsonObject english, JsonObject translated) {
    List<String> problems = new ArrayList<>();
    english.fieldNames().stream().filter(key -> !translated.containsKey(key)).sorted()
      .forEach(key -> problems.add(key + ": missing"));
    for (String key : translated.fieldNames().stream().sorted().toList()) {
      if (!english.containsKey(key)) {
        problems.add(key + ": not in en.json");
        continue;
      }
      problems.addAll(entryProblems(locale, key, english.getValue(key), translated.getValue(key)));
    }
    List<String> keys = new ArrayList<>(translated.fieldNames());
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i).compareTo(keys.get(i - 1)) < 0) {
        problems.add("keys not in order: " + keys.get(i) + " after " + keys.get(i - 1));
        break;
      }
    }
    return problems;
  }

  private static List<String> entryProblems(String locale, String key, Object english, Object translated) {
    List<String> problems = new ArrayList<>();
    if (english instanceof String englishText) {
      if (!(translated instanceof String text)) {
        return List.of(key + ": a plural entry where English has a string");
      }
      if (text.isBlank()) {
        return List.of(key + ": empty");
      }
      if (!params(text).equals(params(englishText))) {
        problems.add(key + ": params " + params(text) + " differ from English " + params(englishText));
      }
      if (!"en".equals(locale) && text.equals(englishText) && untranslatable(englishText)) {
        problems.add(key + ": still the English text");
      }
      return problems;
    }
    if (!(translated instanceof JsonObject plural)) {
      return List.of(key + ": a string where English has a plural entry");
    }
    Set<String> englishParams = pluralParams((JsonObject) english);
    Set<String> required = CATEGORIES.get(locale);
    Set<String> allowed = new TreeSet<>(required);
    allowed.addAll(OPTIONAL_CATEGORIES.getOrDefault(locale, Set.of()));
    Set<String> lacking = new TreeSet<>(required);
    lacking.removeAll(plural.fieldNames());
    if (!lacking.isEmpty()) {
      problems.add(key + ": plural lacks categories " + lacking);
    }
    Set<String> unused = new TreeSet<>(plural.fieldNames());
    unused.removeAll(allowed);
    if (!unused.isEmpty()) {
      problems.add(key + ": plural has categories " + locale + " does not use " + unused);
    }
    for (String category : new TreeSet<>(plural.fieldNames())) {
      Object form = plural.getValue(category);
      if (!(form instanceof String text) || text.isBlank()) {
        problems.add(key + ": '" + category + "' empty");
      } else if (!englishParams.containsAll(params(text)) || "other".equals(category) && !params(text).equals(englishParams)) {
        problems.add(key + ": params " + params(text) + " in '" + category + "' are not all English params " + englishParams);
      }
    }
    if (!"en".equals(locale) && plural.equals(english) && untranslatable(((JsonObject) english).getString("other"))) {
      problems.add(key + ": still the English text");
    }
    return problems;
  }

  /** A text of two or more words, not on the list of texts that read the same everywhere. */
  private static boolean untranslatable(String english) {
    String words = PARAM.matcher(english).replaceAll(" ");
    return !SAME_IN_EVERY_LANGUAGE.contains(english) && WORD.matcher(words).results().count() >= 2;
  }

  private static Set<String> pluralParams(JsonObject plural) {
    return plural.fieldNames().stream().flatMap(category -> params(plural.getString(category)).stream())
      .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> params(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PARAM.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static JsonObject catalog(String locale) {
    try {
      return new JsonObject(Files.readString(CATALOGS.resolve(locale + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
