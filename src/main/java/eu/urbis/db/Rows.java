package eu.urbis.db;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Mapped row sets as the values repositories return. */
public final class Rows {
  private Rows() {
  }

  public static <T> Optional<T> first(RowSet<T> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }

  public static <T> List<T> list(RowSet<T> rows) {
    List<T> items = new ArrayList<>(rows.size());
    rows.forEach(items::add);
    return items;
  }

  /** Reads every row with the reader {@code readerOf} makes from the first, which finds the columns' positions once. */
  public static <T> List<T> read(RowSet<Row> rows, Function<Row, Function<Row, T>> readerOf) {
    List<T> items = new ArrayList<>(rows.size());
    Function<Row, T> reader = null;
    for (Row row : rows) {
      if (reader == null) {
        reader = readerOf.apply(row);
      }
      items.add(reader.apply(row));
    }
    return items;
  }
}
