package eu.urbis.search;

final class SearchSql {
  private SearchSql() {
  }

  /**
   * The query is parsed once per text-search language; each language's query meets only the titles and posts
   * stored in that language (a GIN bitmap scan per language). Title hits answer with the opening post and rank
   * first; the page is keyset on (title hit, rank, post id); snippets are made for the page's rows only.
   */
  static final String SEARCH = """
    WITH q AS (
      SELECT l.config, websearch_to_tsquery(l.config, $1) AS query
      FROM (SELECT config FROM search_languages UNION SELECT 'simple'::regconfig) l
    ),
    hits AS (
      SELECT t.opening_post_id AS post_id, 1 AS title_hit, ts_rank(t.title_search, q.query) AS rank
      FROM q JOIN threads t ON t.title_search @@ q.query AND t.lang = q.config
      UNION ALL
      SELECT p.id, 0, ts_rank(p.search, q.query)
      FROM q JOIN posts p ON p.search @@ q.query AND p.lang = q.config
    ),
    ranked AS (
      SELECT post_id, max(title_hit) AS title_hit, max(rank) AS rank FROM hits GROUP BY post_id
    ),
    page AS (
      SELECT r.post_id, r.title_hit, r.rank, p.thread_id, p.lang, p.body
      FROM ranked r
      JOIN posts p ON p.id = r.post_id
      JOIN threads t ON t.id = p.thread_id
      JOIN users a ON a.id = p.author_id
      WHERE NOT p.deleted
        AND ($2::bigint IS NULL OR t.board_id = $2::bigint)
        AND ($3::text IS NULL OR t.kind = $3::text)
        AND ($4::text IS NULL OR a.city_id = $4::text OR t.practice_city_id = $4::text)
        AND (r.title_hit, r.rank, r.post_id) < ($5::int, $6::real, $7::bigint)
      ORDER BY r.title_hit DESC, r.rank DESC, r.post_id DESC
      LIMIT $8
    )
    SELECT page.post_id, page.thread_id, page.title_hit, page.rank, ts_headline(page.lang, page.body, q.query, $9) AS snippet
    FROM page JOIN q ON q.config = page.lang
    ORDER BY page.title_hit DESC, page.rank DESC, page.post_id DESC""";
}
