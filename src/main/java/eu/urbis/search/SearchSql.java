package eu.urbis.search;

import eu.urbis.forum.Post;
import eu.urbis.forum.Thread;

final class SearchSql {
  private SearchSql() {
  }

  /**
   * The words are parsed once per text-search language ({@code q}); each distinct parse is one GIN scan per
   * table, kept to the posts and titles written in the languages that parse the words that way (their authors').
   * Scanning per parse keeps each scan a plain AND of the words, so the rarest word leads it; one scan with every
   * language's parse OR-ed had to test each post holding any of the words, a third more time for a typical search.
   * Title hits answer with the opening post and rank first. Hits are sorted before the joins that filter them, so
   * a page only looks up the rows it keeps; keyset on (title hit, rank, post id); snippets only for the page, which
   * carries its posts and threads with their authors (and $10's own reactions), so one round trip answers the request.
   */
  static final String SEARCH = """
    WITH q AS MATERIALIZED (
      SELECT l.config, websearch_to_tsquery(l.config, $1) AS query
      FROM (SELECT config FROM search_languages UNION SELECT 'simple'::regconfig) l
    ),
    -- Languages whose stemmers parse the words alike share one index scan.
    parses AS MATERIALIZED (
      SELECT query, array_agg(config) AS configs FROM q WHERE numnode(query) > 0 GROUP BY query
    ),
    hits AS (
      SELECT t.opening_post_id AS post_id, 1 AS title_hit, ts_rank(t.title_search, s.query) AS rank, NULL::text AS attachment
      FROM parses s CROSS JOIN LATERAL (
        SELECT t.opening_post_id, t.title_search FROM threads t WHERE t.title_search @@ s.query AND t.lang = ANY (s.configs)
      ) t
      UNION ALL
      SELECT p.id, 0, ts_rank(p.search, s.query), NULL
      FROM parses s CROSS JOIN LATERAL (
        SELECT p.id, p.search FROM posts p WHERE p.search @@ s.query AND p.lang = ANY (s.configs)
      ) p
      UNION ALL
      -- the text inside the files attached to a post finds the post, naming the file
      SELECT a.target_id, 0, ts_rank(c.search, s.query), f.name
      FROM parses s CROSS JOIN LATERAL (
        SELECT c.sha256, c.search FROM file_contents c WHERE c.search @@ s.query AND c.lang = ANY (s.configs)
      ) c
      JOIN files f ON f.sha256 = c.sha256 AND f.removed_at IS NULL
      JOIN file_attachments a ON a.file_id = f.id AND a.target_type = 'post'
    ),
    ranked AS (
      SELECT post_id, max(title_hit) AS title_hit, max(rank) AS rank,
        (array_agg(attachment ORDER BY rank DESC) FILTER (WHERE attachment IS NOT NULL))[1] AS attachment
      FROM hits GROUP BY post_id
      HAVING (max(title_hit), max(rank), post_id) < ($5::int, $6::real, $7::bigint)
      ORDER BY 2 DESC, 3 DESC, 1 DESC
    ),
    page AS (
      SELECT r.title_hit, r.rank, r.attachment, p.lang,
        """ + Post.columns("p", "a", "post_", "$10") + ", " + Thread.columns("t", "ta", "thread_") + """
      FROM ranked r
      JOIN posts p ON p.id = r.post_id
      JOIN threads t ON t.id = p.thread_id
      JOIN users a ON a.id = p.author_id
      JOIN users ta ON ta.id = t.author_id
      WHERE NOT p.deleted
        AND ($2::bigint IS NULL OR t.board_id = $2::bigint)
        AND ($3::text IS NULL OR t.kind = $3::text)
        AND ($4::text IS NULL OR a.city_id = $4::text OR t.practice_city_id = $4::text)
      ORDER BY r.title_hit DESC, r.rank DESC, r.post_id DESC
      LIMIT $8
    )
    SELECT page.*, ts_headline(q.config, page.post_body, q.query, $9) AS snippet
    FROM page JOIN q ON q.config = page.lang
    ORDER BY page.title_hit DESC, page.rank DESC, page.post_id DESC""";
}
