package eu.urbis.search;

import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;
import eu.urbis.user.UserRef;

final class SearchSql {
  private SearchSql() {
  }

  /**
   * The words are parsed once per text-search language that some text is indexed with ({@code search_configs_used},
   * V96); each distinct parse is one GIN scan per table, kept to the posts and titles written in the languages that
   * parse the words that way. Scanning per parse keeps each scan a plain AND of the words, so the rarest word leads
   * it.
   * <p>
   * Bounded work: each scan stops after $13 hits, in the order the index yields them (table order, roughly the
   * oldest first), so a word found in thousands of posts ranks a few hundred instead of sorting them all; a search
   * with fewer hits than that sees them all. Filters on board, kind and city ($2–$4) are looked up only when given.
   * <p>
   * The text inside files attached to live posts is one more branch of the hits: such a hit finds its post and names
   * the file ({@code attachment}).
   * <p>
   * One row per thread: threads rank by their best hit (title hits first) with keyset on (title hit, rank, thread id);
   * each brings its best three hits. Snippets are made only for those, from the first $14 characters of the plain
   * text ({@code posts.plain}; the markdown for a post the start-up job has not re-indexed yet). Every match names
   * its post: id, thread, time, language and author ({@code match_} columns), which is what a result shows of it.
   * <p>
   * Rows come in result order, a thread's best match first; only that first row carries the thread and the whole
   * best post ({@code thread_} and {@code post_} columns, with $10's own reactions; the others have them null), as
   * API.md's answer has one of each per result. The one thread past the page ($15 threads, fetched to know there is
   * a next page) brings its first row only, without a snippet. One round trip answers the request.
   */
  static final String SEARCH = """
    WITH q AS MATERIALIZED (
      SELECT c.config, websearch_to_tsquery(c.config, $1) AS query
      FROM search_configs_used c
    ),
    -- Languages whose stemmers parse the words alike share one index scan.
    parses AS MATERIALIZED (
      SELECT query, array_agg(config) AS configs FROM q WHERE numnode(query) > 0 GROUP BY query
    ),
    hits AS (
      SELECT t.opening_post_id AS post_id, t.id AS thread_id, 1 AS title_hit, ts_rank(t.title_search, s.query) AS rank,
        NULL::text AS attachment
      FROM parses s CROSS JOIN LATERAL (
        SELECT t.id, t.opening_post_id, t.title_search FROM threads t
        WHERE t.title_search @@ s.query AND t.lang = ANY (s.configs)
          AND ($11::timestamptz IS NULL OR t.created_at >= $11::timestamptz)
          AND ($12::timestamptz IS NULL OR t.created_at < $12::timestamptz)
          AND NOT EXISTS (SELECT 1 FROM posts d WHERE d.id = t.opening_post_id AND d.deleted)
        LIMIT $13
      ) t
      UNION ALL
      SELECT p.id, p.thread_id, 0, ts_rank(p.search, s.query), NULL
      FROM parses s CROSS JOIN LATERAL (
        SELECT p.id, p.thread_id, p.search FROM posts p
        WHERE p.search @@ s.query AND p.lang = ANY (s.configs) AND NOT p.deleted
          AND ($11::timestamptz IS NULL OR p.created_at >= $11::timestamptz)
          AND ($12::timestamptz IS NULL OR p.created_at < $12::timestamptz)
        LIMIT $13
      ) p
      UNION ALL
      -- the text inside the files attached to a live post finds the post, naming the file
      SELECT fp.id, fp.thread_id, 0, ts_rank(c.search, s.query), f.name
      FROM parses s CROSS JOIN LATERAL (
        SELECT c.sha256, c.search FROM file_contents c WHERE c.search @@ s.query AND c.lang = ANY (s.configs)
        LIMIT $13
      ) c
      JOIN files f ON f.sha256 = c.sha256 AND f.removed_at IS NULL
      JOIN file_attachments fat ON fat.file_id = f.id AND fat.target_type = 'post'
      JOIN posts fp ON fp.id = fat.target_id AND NOT fp.deleted
        AND ($11::timestamptz IS NULL OR fp.created_at >= $11::timestamptz)
        AND ($12::timestamptz IS NULL OR fp.created_at < $12::timestamptz)
    ),
    matches AS MATERIALIZED (
      SELECT h.post_id, h.thread_id, max(h.title_hit) AS title_hit, max(h.rank) AS rank,
        (array_agg(h.attachment ORDER BY h.rank DESC) FILTER (WHERE h.attachment IS NOT NULL))[1] AS attachment
      FROM hits h
      WHERE ($2::bigint IS NULL AND $3::text IS NULL AND $4::text IS NULL) OR EXISTS (
        SELECT 1 FROM threads ft JOIN posts fp ON fp.id = h.post_id JOIN users fa ON fa.id = fp.author_id
        WHERE ft.id = h.thread_id
          AND ($2::bigint IS NULL OR ft.board_id = $2::bigint)
          AND ($3::text IS NULL OR ft.kind = $3::text)
          AND ($4::text IS NULL OR fa.city_id = $4::text OR ft.practice_city_id = $4::text))
      GROUP BY h.post_id, h.thread_id
    ),
    ranked AS (
      SELECT thread_id, title_hit, rank, row_number() OVER (ORDER BY title_hit DESC, rank DESC, thread_id DESC) AS place
      FROM (
        SELECT thread_id, max(title_hit) AS title_hit, max(rank) AS rank FROM matches GROUP BY thread_id
        HAVING (max(title_hit), max(rank), thread_id) < ($5::int, $6::real, $7::bigint)
        ORDER BY 2 DESC, 3 DESC, 1 DESC
        LIMIT $8
      ) page
    ),
    -- one pass over the matches of the page's threads (a lateral per thread would rescan all matches for each)
    numbered AS (
      SELECT r.title_hit AS thread_title_hit, r.rank AS thread_rank, r.place, m.post_id, m.title_hit, m.rank, m.attachment,
        row_number() OVER (PARTITION BY m.thread_id ORDER BY m.title_hit DESC, m.rank DESC, m.post_id DESC) AS n
      FROM ranked r JOIN matches m ON m.thread_id = r.thread_id
    ),
    -- the thread past the page ($15 threads) only tells that there is a next page: its first row is enough
    best AS (
      SELECT * FROM numbered WHERE n <= 3 AND (place <= $15 OR n = 1)
    )
    SELECT b.thread_title_hit, b.thread_rank, b.title_hit, b.rank, b.attachment,
      p.id AS match_id, p.thread_id AS match_thread_id, p.created_at AS match_created_at, p.language AS match_language,
      """ + UserRef.columns("a", "match_author_") + """
      , CASE WHEN b.place <= $15 THEN ts_headline(p.lang, left(coalesce(p.plain, p.body), $14), q.query, $9) END AS snippet,
      full_post.*
    FROM best b
    JOIN posts p ON p.id = b.post_id
    JOIN users a ON a.id = p.author_id
    JOIN q ON q.config = p.lang
    -- the thread and the whole best post (p and a, already read) for a thread's first row only: the filter on b.n
    -- gates the subquery, so the other rows skip its reads and per-post subqueries; the LIMIT keeps the planner from
    -- flattening it into the joins, which would run them for every row
    LEFT JOIN LATERAL (
      SELECT\s""" + Post.columns("p", "a", "post_", "$10") + ", " + Thread.columns("t", "ta", "thread_") + """
      FROM threads t JOIN users ta ON ta.id = t.author_id
      WHERE t.id = p.thread_id AND b.n = 1
      LIMIT 1
    ) full_post ON true
    ORDER BY b.place, b.n""";
}
