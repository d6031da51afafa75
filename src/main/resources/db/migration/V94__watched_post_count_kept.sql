-- How many posts a watched thread's open notification holds, without counting them. V92 counted a row's posts from
-- its first one each time the row was read, so a fan-out that tells a watcher with a socket of a thread's new post
-- counted every post they had not read, again for each post: in the benchmark, 300 of a 16-post batch's 390 ms once
-- the threads held a thousand unread posts (docs/performance.md). The thread keeps its live posts in post_count; the
-- row keeps how many of them came before its first post, so while it is open it holds the difference. Once read it
-- keeps what it held then, as V92 counted up to read_at.

ALTER TABLE notifications
  ADD COLUMN posts_before integer,
  ADD COLUMN posts_read integer;

UPDATE notifications n
   SET posts_before = (SELECT count(*) FROM posts p WHERE p.thread_id = n.thread_id AND p.id < n.target_id AND NOT p.deleted),
       posts_read = CASE WHEN n.read_at IS NOT NULL THEN watched_post_count(n.kind, n.thread_id, n.target_id, n.read_at) END
 WHERE n.kind = 'watched_post';

ALTER TABLE notifications ADD CONSTRAINT notifications_posts_before_watched
  CHECK ((kind = 'watched_post') = (posts_before IS NOT NULL));

DROP FUNCTION watched_post_count(text, bigint, bigint, timestamptz);

-- The inbox, its frames and e-mail read a watched_post's count here; null for other kinds.
CREATE FUNCTION watched_post_count(note_kind text, note_thread bigint, posts_before integer, posts_read integer)
  RETURNS integer LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN note_kind = 'watched_post'
                THEN coalesce(posts_read, (SELECT t.post_count FROM threads t WHERE t.id = note_thread) - posts_before) END
  $$;

-- Read: the row keeps what it held, whichever request (or cascade) read it.
CREATE FUNCTION notifications_keep_posts_read() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.posts_read := watched_post_count(NEW.kind, NEW.thread_id, NEW.posts_before, NULL);
  RETURN NEW;
END $$;

CREATE TRIGGER notifications_posts_read BEFORE UPDATE OF read_at ON notifications
  FOR EACH ROW WHEN (NEW.kind = 'watched_post' AND OLD.read_at IS NULL AND NEW.read_at IS NOT NULL)
  EXECUTE FUNCTION notifications_keep_posts_read();

-- A post removed before an open row's first post leaves the thread's count and so came before it no longer. Posts are
-- never restored; removals are rare, and touch only the open rows of that thread (notifications_watched_unread).
CREATE FUNCTION notifications_post_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE notifications n SET posts_before = n.posts_before - 1
   WHERE n.thread_id = NEW.thread_id AND n.kind = 'watched_post' AND n.read_at IS NULL AND n.target_id > NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER posts_removed_before_watched AFTER UPDATE OF deleted ON posts
  FOR EACH ROW WHEN (NEW.deleted AND NOT OLD.deleted)
  EXECUTE FUNCTION notifications_post_removed();
