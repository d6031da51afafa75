package eu.urbis.files;

/** Every files statement, parameterised; who may see a file lives in VISIBLE alone. */
final class FileSql {
  private FileSql() {
  }

  /** Chat's rule for a room {@code r} that viewer $2 sees: public, or they are a member. */
  private static final String ROOM_VISIBLE =
    "(r.kind = 'public' OR EXISTS (SELECT 1 FROM chat_members cm WHERE cm.room_id = r.id AND cm.user_id = $2))";

  /**
   * $1 = the file, $2 = the viewer: a file not removed, that is the viewer's own upload not attached anywhere yet, or
   * attached to a post not deleted (every signed-in user reads the forum) or to a message not deleted in a room the
   * viewer sees (public, or a member: chat's rule).
   */
  static final String VISIBLE = """
    f.id = $1 AND f.removed_at IS NULL AND (
      (f.owner_id = $2 AND NOT EXISTS (SELECT 1 FROM file_attachments a WHERE a.file_id = f.id))
      OR EXISTS (SELECT 1 FROM file_attachments a JOIN posts p ON p.id = a.target_id
                 WHERE a.file_id = f.id AND a.target_type = 'post' AND NOT p.deleted)
      OR EXISTS (SELECT 1 FROM file_attachments a JOIN chat_messages m ON m.id = a.target_id JOIN chat_rooms r ON r.id = m.room_id
                 WHERE a.file_id = f.id AND a.target_type = 'message' AND NOT m.deleted AND """ + ROOM_VISIBLE + "))";

  static final String VISIBLE_FILE = "SELECT " + StoredFile.COLUMNS + " FROM files f JOIN file_contents c ON c.sha256 = f.sha256 WHERE "
    + VISIBLE;

  /** The same content under every upload that names it: a removed file is gone wherever it was attached. */
  static final String REMOVE_CONTENT = """
    UPDATE files SET removed_at = now()
    WHERE sha256 = (SELECT sha256 FROM files WHERE id = $1) AND removed_at IS NULL
    RETURNING id""";

  /**
   * Contents no upload names any more (all removed), older than $1 seconds; FOR UPDATE SKIP LOCKED: an upload
   * naming one holds its row, and two reclaiming nodes take different ones.
   */
  static final String LOCK_UNREFERENCED = """
    SELECT c.sha256 FROM file_contents c
    WHERE c.created_at < now() - make_interval(secs => $1)
      AND NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = c.sha256 AND f.removed_at IS NULL)
    ORDER BY c.created_at LIMIT $2
    FOR UPDATE SKIP LOCKED""";
  /** The removed uploads go with their content; what references them (attachments) goes by cascade. */
  static final String DELETE_CONTENT = """
    WITH uploads AS (DELETE FROM files WHERE sha256 = $1 AND removed_at IS NOT NULL)
    DELETE FROM file_contents c WHERE c.sha256 = $1
      AND NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = c.sha256 AND f.removed_at IS NULL)""";

  /** The live posts file {@code f} is attached to, with their threads {@code t}. */
  private static final String POST_PLACES = """
    FROM file_attachments a JOIN posts p ON p.id = a.target_id AND NOT p.deleted JOIN threads t ON t.id = p.thread_id
    WHERE a.file_id = f.id AND a.target_type = 'post'""";
  /** The live messages file {@code f} is attached to in rooms {@code r} that viewer $2 sees. */
  private static final String MESSAGE_PLACES = """
    FROM file_attachments a JOIN chat_messages m ON m.id = a.target_id AND NOT m.deleted JOIN chat_rooms r ON r.id = m.room_id
    WHERE a.file_id = f.id AND a.target_type = 'message' AND\s""" + ROOM_VISIBLE;

  /**
   * The resource library for viewer $2, newest first after file id $1: every file attached to a live post or to a
   * live message in a room the viewer sees, with those places. $3 type prefix, $4 city (the uploader's, or a
   * practice's it is attached to), $5 theme (of a practice it is attached to), $6 words (inside it, or in its name),
   * $7 the page size, $8 the language of its text. The page's files are chosen first (walking files by id, newest
   * first, every filter an EXISTS on its places), and the places are gathered for those rows alone. Visibility is one
   * EXISTS over a UNION ALL: the planner checks it per candidate row, where two EXISTS joined by OR become hashed
   * subplans over every attachment.
   */
  static final String LIBRARY = """
    WITH page AS MATERIALIZED (
      SELECT\s""" + StoredFile.COLUMNS + """

      FROM files f JOIN file_contents c ON c.sha256 = f.sha256 JOIN users u ON u.id = f.owner_id
      WHERE f.removed_at IS NULL AND f.id < $1
        AND ($3::text IS NULL OR c.type LIKE $3 || '%')
        AND ($8::text IS NULL OR c.language = $8)
        AND ($6::text IS NULL OR c.search @@ websearch_to_tsquery(c.lang, $6) OR f.name ILIKE '%' || $6 || '%')
        AND EXISTS (SELECT 1\s""" + POST_PLACES + " UNION ALL SELECT 1 " + MESSAGE_PLACES + ")"
    + " AND ($4::text IS NULL OR u.city_id = $4 OR EXISTS (SELECT 1 " + POST_PLACES + " AND t.practice_city_id = $4))"
    + " AND ($5::text IS NULL OR EXISTS (SELECT 1 " + POST_PLACES + " AND t.practice_theme = $5))" + """

      ORDER BY f.id DESC
      LIMIT $7
    )
    SELECT f.*, pl.attached_to FROM page f CROSS JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('type', x.place_type, 'id', x.place_id::text, 'title', x.title,
          CASE x.place_type WHEN 'post' THEN 'threadId' ELSE 'roomId' END, x.parent_id::text) ORDER BY x.place_id) AS attached_to
      FROM (
        SELECT 'post' AS place_type, p.id AS place_id, t.id AS parent_id, t.title\s""" + POST_PLACES + """

        UNION ALL
        SELECT 'message', m.id, r.id, r.name\s""" + MESSAGE_PLACES + """

      ) x
    ) pl
    ORDER BY f.id DESC""";

  static final String CONTENT_EXISTS = "SELECT 1 FROM file_contents WHERE sha256 = $1";
  /**
   * $6 = the language detected in the text $5, $7 its text-search configuration; when none was detected ($7 null)
   * the text is searched in the language of the uploader $4's city.
   */
  static final String INSERT_CONTENT = """
    INSERT INTO file_contents (sha256, size, type, text, language, lang)
    VALUES ($1, $2, $3, $5, $6, coalesce($7::regconfig, (SELECT l.config FROM users u JOIN cities c ON c.id = u.city_id
                                      JOIN search_languages l ON l.country = c.country WHERE u.id = $4), 'simple'))
    ON CONFLICT DO NOTHING
    RETURNING sha256""";
  static final String PREVIEW = "SELECT png FROM file_previews WHERE sha256 = $1";
  static final String INSERT_PREVIEW = "INSERT INTO file_previews (sha256, png) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  /** With the language of its content, which an earlier upload may have detected. */
  static final String INSERT_FILE = """
    INSERT INTO files (sha256, owner_id, name) VALUES ($1, $2, $3)
    RETURNING id, (SELECT language FROM file_contents WHERE sha256 = $1) AS language""";

  /** FOR UPDATE: two uploads of one user must not both fit the quota that only one fits. */
  static final String LOCK_OWNER = "SELECT id FROM users WHERE id = $1 FOR UPDATE";
  static final String USED_BYTES = """
    SELECT coalesce(sum(c.size), 0) AS used FROM files f JOIN file_contents c ON c.sha256 = f.sha256
    WHERE f.owner_id = $1 AND f.removed_at IS NULL""";

  /** $1 = the uploader, $2 = the file ids: those of them the uploader owns and a moderator has not removed. */
  static final String OWNED = "SELECT id FROM files WHERE owner_id = $1 AND id = ANY($2) AND removed_at IS NULL";
  static final String OWNED_FILES = "SELECT " + StoredFile.COLUMNS + " FROM files f JOIN file_contents c ON c.sha256 = f.sha256"
    + " WHERE f.owner_id = $1 AND f.id = ANY($2) AND f.removed_at IS NULL";
  static final String ATTACH = """
    INSERT INTO file_attachments (file_id, target_type, target_id, position)
    SELECT file_id, $2, $3, position::int FROM unnest($1::bigint[]) WITH ORDINALITY AS ids (file_id, position)
    ON CONFLICT DO NOTHING""";
}
