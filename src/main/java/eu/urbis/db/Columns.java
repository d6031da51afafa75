package eu.urbis.db;

import io.vertx.sqlclient.Row;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A select list read back by name: {@code of("t", "thread_", "id", "title")} is
 * {@code t.id AS thread_id, t.title AS thread_title}. One query can then carry two rows of the same shape
 * (a post and its thread, each with an author) and each reader picks its own by prefix.
 * <p>
 * Readers find their columns' positions once per result ({@link #position}) and read every row by position: the
 * client looks a name up by scanning the result's columns, which for a search page (60 rows of 60 columns) took more
 * of the event loop's time than decoding the values (docs/performance.md).
 */
public final class Columns {
  private Columns() {
  }

  public static String of(String alias, String prefix, String... names) {
    return Arrays.stream(names).map(name -> alias + "." + name + " AS " + prefix + name).collect(Collectors.joining(", "));
  }

  /** Where column {@code name} is in the result {@code row} belongs to. */
  public static int position(Row row, String name) {
    int position = row.getColumnIndex(name);
    if (position < 0) {
      throw new IllegalArgumentException("no column " + name + " in the result");
    }
    return position;
  }
}
