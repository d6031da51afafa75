-- A watched thread's new posts gather in one unread notification per person and thread ("new posts in …", as
-- Discourse has it): the first new post opens the row, later ones join it until its reader reads it. A busy thread
-- then costs each watcher one row per visit, not one per post, and a fan-out to a thousand watchers who have not
-- looked yet writes nothing.

-- Unread rows of one person and thread are gathered into the earliest, which already points at the first new post.
DELETE FROM notifications n
 WHERE n.kind = 'watched_post' AND n.read_at IS NULL
   AND EXISTS (SELECT 1 FROM notifications e
                WHERE e.kind = 'watched_post' AND e.read_at IS NULL AND e.user_id = n.user_id
                  AND e.thread_id = n.thread_id AND e.id < n.id);

-- thread first: a fan-out reads the open rows of its threads in one range each
CREATE UNIQUE INDEX notifications_watched_unread ON notifications (thread_id, user_id)
  WHERE kind = 'watched_post' AND read_at IS NULL;

-- How many posts a watched_post notification holds: the live posts of its thread from its first one on, up to when it
-- was read (later posts open the next row). Null for other kinds. The inbox, its frames and e-mail read it here.
CREATE FUNCTION watched_post_count(note_kind text, note_thread bigint, first_post bigint, note_read_at timestamptz)
  RETURNS integer LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN note_kind = 'watched_post' THEN (
      SELECT count(*)::integer FROM posts p
       WHERE p.thread_id = note_thread AND p.id >= first_post AND NOT p.deleted
         AND (note_read_at IS NULL OR p.created_at <= note_read_at)) END
  $$;
