package eu.urbis.db;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A select list read back by name: {@code of("t", "thread_", "id", "title")} is
 * {@code t.id AS thread_id, t.title AS thread_title}. One query can then carry two rows of the same shape
 * (a post and its thread, each with an author) and each reader picks its own by prefix.
 */
public final class Columns {
  private Columns() {
  }

  public static String of(String alias, String prefix, String... names) {
    return Arrays.stream(names).map(name -> alias + "." + name + " AS " + prefix + name).collect(Collectors.joining(", "));
  }
}
