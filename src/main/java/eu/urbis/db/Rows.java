package eu.urbis.db;

import io.vertx.sqlclient.RowSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
}
