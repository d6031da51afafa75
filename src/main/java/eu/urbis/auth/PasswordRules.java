package eu.urbis.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a new password must not be, beyond its length: one of the most common passwords (the list shipped in
 * {@code auth/common-passwords.txt}, read once at start-up, on a worker), the username, or a handful of characters
 * repeated.
 */
final class PasswordRules {
  private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[\\d\\p{Punct}\\s]+$");
  private static final int MIN_DISTINCT_CHARACTERS = 4;
  private final Set<String> common;

  private PasswordRules(Set<String> common) {
    this.common = common;
  }

  /** @return why the password is refused, or null when it is acceptable */
  String problem(String password, String username) {
    String lower = password.toLowerCase(Locale.ROOT);
    String base = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceAll("");
    if (username != null && (lower.equals(username.toLowerCase(Locale.ROOT)) || base.equals(username.toLowerCase(Locale.ROOT)))) {
      return "must not be your username";
    }
    if (common.contains(lower) || common.contains(base)) {
      return "is one of the most common passwords; choose one that is not on lists of leaked passwords";
    }
    if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
      return "must use more than a few different characters";
    }
    return null;
  }

  /** Reads the list: blocking, so at start-up. */
  static PasswordRules load() {
    try (InputStream in = PasswordRules.class.getResourceAsStream("/auth/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("auth/common-passwords.txt is missing from the class path");
      }
      return new PasswordRules(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .collect(Collectors.toUnmodifiableSet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
