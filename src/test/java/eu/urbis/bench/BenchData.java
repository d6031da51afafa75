package eu.urbis.bench;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loads a large forum straight into the database: one board of {@code threads} threads, each with an opening post
 * and {@code repliesPerThread} replies in a small tree, written in four languages by the given authors. Ids and
 * paths are computed here exactly as the server computes them; counters are exact.
 */
final class BenchData {
  /** One author per language: a user id and the text-search config of their city's country. */
  record Author(long id, String config, Language language) {
  }

  enum Language {
    GERMAN(new String[] {
      "Die Stadt plant neue Radwege entlang der Hauptstraßen.",
      "Unsere Bürgerdienste sind jetzt vollständig online verfügbar.",
      "Wir haben die Straßenbeleuchtung auf LED umgestellt und Energie gespart.",
      "Die Verwaltung testet digitale Formulare mit älteren Einwohnern."},
      new String[] {"Ladestationen", "Bibliotheken", "Fahrpläne", "Schulen", "Förderprogramme", "Parkplätze", "Haltestellen", "Datenportale"},
      new String[] {"Linden", "Eichen", "Birken", "Rosen", "Sonnen", "Mühlen", "Kirch", "Schloss"},
      new String[] {"berg", "feld", "hof", "tal", "bach", "heide", "au", "dorf"}),
    FRENCH(new String[] {
      "La ville ouvre ses données de transport aux développeurs.",
      "Nos bibliothèques proposent des ateliers numériques pour les seniors.",
      "Le marché public a attiré des petites entreprises innovantes.",
      "Les habitants signalent les problèmes de voirie avec une application."},
      new String[] {"tramways", "capteurs", "marchés", "écoles", "subventions", "quartiers", "vélos", "démarches"},
      new String[] {"Belle", "Grand", "Clair", "Mont", "Haut", "Beau", "Vieux", "Franc"},
      new String[] {"ville", "champ", "val", "fort", "mont", "lieu", "pré", "bois"}),
    SPANISH(new String[] {
      "El ayuntamiento publica los datos abiertos de movilidad cada día.",
      "Las bicicletas compartidas cambiaron la forma de moverse por la ciudad.",
      "Formamos al personal municipal antes de lanzar los servicios digitales.",
      "Los vecinos participan en los presupuestos a través de la web."},
      new String[] {"autobuses", "sensores", "licitaciones", "escuelas", "ayudas", "barrios", "plazas", "trámites"},
      new String[] {"Villa", "Santa", "Monte", "Valle", "Torre", "Casa", "Puerto", "Campo"},
      new String[] {"nueva", "alta", "verde", "real", "mayor", "blanca", "clara", "seca"}),
    SIMPLE(new String[] {
      "The municipality moved its permits online last spring.",
      "We are looking for partners for a joint tender on smart lighting.",
      "Our open data portal now has an API for every data set.",
      "Volunteers help residents with online services in the library."},
      new String[] {"permits", "lighting", "parking", "schools", "grants", "districts", "buses", "portals"},
      new String[] {"North", "South", "East", "West", "Mill", "Oak", "River", "Stone"},
      new String[] {"field", "bridge", "wood", "gate", "ford", "ham", "ton", "brook"});

    final String[] sentences;
    final String[] topics;
    private final String[] placeStarts;
    private final String[] placeEnds;

    Language(String[] sentences, String[] topics, String[] placeStarts, String[] placeEnds) {
      this.sentences = sentences;
      this.topics = topics;
      this.placeStarts = placeStarts;
      this.placeEnds = placeEnds;
    }

    /** One of 64 neighbourhood names, e.g. Lindenberg, Belleville, Villanueva, Northfield. */
    String place(int n) {
      return placeStarts[n % 8] + placeEnds[(n / 8) % 8];
    }
  }

  private static final String INSERT_THREAD = """
    INSERT INTO threads (id, board_id, title, kind, author_id, lang, created_at, last_post_at, post_count, tags)
    OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, 'discussion', $4, $5::regconfig, $6, $7, $8, $9)""";

  /** The body is its own plain text (no markdown), so the start-up re-indexing has nothing to do. */
  private static final String INSERT_POST = """
    INSERT INTO posts (id, thread_id, parent_id, depth, path, author_id, lang, body, html, created_at, plain)
    VALUES ($1, $2, $3, $4, $5, $6, $7::regconfig, $8, $9, $10, $8)""";

  private static final int BATCH = 500;

  private final Pool pool;
  private final Random random = new Random(42);

  BenchData(Pool pool) {
    this.pool = pool;
  }

  /** The same key as forum_path_key in V2__forum.sql: the id in hex, prefixed by a letter for its length. */
  static String pathKey(long id) {
    String hex = Long.toHexString(id);
    return (char) ('a' + hex.length() - 1) + hex;
  }

  Future<Void> load(long boardId, List<Author> authors, int threads, int repliesPerThread) {
    List<Tuple> threadRows = new ArrayList<>();
    List<Tuple> postRows = new ArrayList<>();
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400);
    long postId = 1_000_000;
    for (int t = 0; t < threads; t++) {
      long threadId = 1_000_000 + t;
      Author author = authors.get(t % authors.size());
      OffsetDateTime created = start.plusMinutes(t * 50L + random.nextInt(40));
      List<String> paths = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      List<Integer> depths = new ArrayList<>();
      OffsetDateTime last = created;
      for (int p = 0; p <= repliesPerThread; p++) {
        long id = postId++;
        int parentIndex = p == 0 ? -1 : (p <= 3 ? 0 : random.nextInt(p));
        String parentPath = parentIndex < 0 ? "" : paths.get(parentIndex);
        String path = parentPath + pathKey(id);
        int depth = parentIndex < 0 ? 0 : depths.get(parentIndex) + 1;
        Author writer = p == 0 ? author : authors.get(random.nextInt(authors.size()));
        last = created.plusMinutes(p * 7L);
        // the thread's neighbourhood comes up in its opening post and every other reply
        String body = body(writer.language()) + (p % 2 == 0 ? " " + author.language().place(t / authors.size()) + "." : "");
        postRows.add(Tuple.of(id, threadId, parentIndex < 0 ? null : ids.get(parentIndex), depth, path, writer.id(),
          writer.config(), body, "<p>" + body + "</p>", last));
        paths.add(path);
        ids.add(id);
        depths.add(depth);
      }
      String title = title(author.language(), t);
      threadRows.add(Tuple.of(threadId, boardId, title, author.id(), author.config(), created, last, repliesPerThread + 1,
        new String[] {"tag-" + (t % 50)}));
    }
    return batches(INSERT_THREAD, threadRows)
      .compose(v -> batches(INSERT_POST, postRows))
      .compose(v -> pool.query("""
        UPDATE threads t SET opening_post_id = (SELECT p.id FROM posts p WHERE p.thread_id = t.id AND p.depth = 0 ORDER BY p.path LIMIT 1)
        WHERE t.opening_post_id IS NULL""").execute())
      .compose(v -> pool.preparedQuery("UPDATE boards SET thread_count = thread_count + $2 WHERE id = $1").execute(Tuple.of(boardId, threads)))
      .compose(v -> pool.query("SELECT setval(pg_get_serial_sequence('posts', 'id'), (SELECT max(id) FROM posts))").execute())
      .compose(v -> pool.query("SELECT setval(pg_get_serial_sequence('threads', 'id'), (SELECT max(id) FROM threads))").execute())
      .compose(v -> pool.query("VACUUM ANALYZE").execute())
      .mapEmpty();
  }

  /**
   * Searchable text: a sentence of the language with two of its eight topic words, so each topic word is in about a
   * quarter of that language's posts (a broad search); a neighbourhood name is in a few hundred posts (a typical one).
   */
  private String body(Language language) {
    return language.sentences[random.nextInt(language.sentences.length)] + " "
      + language.topics[random.nextInt(language.topics.length)] + ", "
      + language.topics[random.nextInt(language.topics.length)] + ". Nummer " + random.nextInt(1_000_000);
  }

  private String title(Language language, int n) {
    return language.topics[n % language.topics.length] + " " + n + ": " + language.sentences[(n / 8) % language.sentences.length];
  }

  private Future<Void> batches(String sql, List<Tuple> rows) {
    Future<Void> chain = Future.succeededFuture();
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<Tuple> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
      chain = chain.compose(v -> pool.preparedQuery(sql).executeBatch(batch).mapEmpty());
    }
    return chain;
  }
}
