package eu.urbis.content;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells which {@link SearchLanguage} a text is written in, or nothing when it is too short to tell (fewer than three
 * words or twelve letters) or lingua finds a tie: the caller then falls back to the author's city language. Blocking:
 * building loads the models (once per process, seconds) and a detection takes milliseconds, so both run on workers.
 * Trigram models only ("low accuracy"): about 40 MB of heap for these languages instead of 600 MB, and a minute less
 * to load; on a sentence or more it tells the languages apart as well.
 */
public final class LanguageDetection {
  /** The detector reads this much; a longer post says nothing more about its language. */
  private static final int SAMPLE_CHARS = 2_000;
  /** Fewer letters or words than this say too little: "OK, thanks!" is no language. */
  private static final int MIN_LETTERS = 12;
  private static final int MIN_WORDS = 3;

  private static volatile LanguageDetection shared;

  private final LanguageDetector detector;

  private LanguageDetection() {
    Language[] languages = Arrays.stream(SearchLanguage.values())
      .map(language -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(language.code().toUpperCase())))
      .toArray(Language[]::new);
    detector = LanguageDetectorBuilder.fromLanguages(languages)
      .withLowAccuracyMode()
      .withPreloadedLanguageModels()
      .build();
  }

  /** The process's one detector, built by the first caller (blocking). */
  public static LanguageDetection shared() {
    LanguageDetection detection = shared;
    if (detection == null) {
      synchronized (LanguageDetection.class) {
        if (shared == null) {
          shared = new LanguageDetection();
        }
        detection = shared;
      }
    }
    return detection;
  }

  public Optional<SearchLanguage> detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS || sample.strip().split("\\s+").length < MIN_WORDS) {
      return Optional.empty();
    }
    Language language = detector.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return SearchLanguage.fromCode(language.getIsoCode639_1().toString().toLowerCase());
  }
}
