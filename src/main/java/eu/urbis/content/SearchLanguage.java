package eu.urbis.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages a post can be told apart in, each with the PostgreSQL text-search configuration that stems it
 * ({@code SELECT cfgname FROM pg_ts_config}): the European ones of those, and Polish. PostgreSQL has no Polish
 * stemmer; left out, Polish text would be taken for another language and stemmed as that. It is stemmed as Serbian,
 * the one Slavic stemmer for the Latin script: that joins the commonest noun forms (ulica/ulice, miasto/miasta,
 * biblioteka/biblioteki) and misses most verb forms. The shaded jar keeps only these languages' detection models
 * (pom.xml).
 */
public enum SearchLanguage {
  CATALAN("ca", "catalan"), DANISH("da", "danish"), GERMAN("de", "german"), GREEK("el", "greek"),
  ENGLISH("en", "english"), SPANISH("es", "spanish"), BASQUE("eu", "basque"), FINNISH("fi", "finnish"),
  FRENCH("fr", "french"), IRISH("ga", "irish"), HUNGARIAN("hu", "hungarian"), ITALIAN("it", "italian"),
  LITHUANIAN("lt", "lithuanian"), NORWEGIAN("nb", "norwegian"), DUTCH("nl", "dutch"), POLISH("pl", "serbian"),
  PORTUGUESE("pt", "portuguese"), ROMANIAN("ro", "romanian"), RUSSIAN("ru", "russian"), SERBIAN("sr", "serbian"),
  SWEDISH("sv", "swedish"), TURKISH("tr", "turkish");

  private final String code;
  private final String config;

  SearchLanguage(String code, String config) {
    this.code = code;
    this.config = config;
  }

  /** ISO 639-1, as the API names a language. */
  public String code() {
    return code;
  }

  public String config() {
    return config;
  }

  public static Optional<SearchLanguage> fromCode(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
  }

  public static String codes() {
    return Arrays.stream(values()).map(SearchLanguage::code).collect(Collectors.joining(", "));
  }
}
