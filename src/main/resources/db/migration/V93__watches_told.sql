-- Whether a thread's watcher has an open "new posts" notification for it (V92), kept on the watch: a fan-out then
-- reads only the watches that need a row written, instead of looking up every watcher's open row for every post
-- (a thread with a thousand watchers who have not looked yet cost a thousand lookups a post).
--
-- Triggers on notifications keep it, so every path that opens, reads or removes a row (cascades included) does.
-- It can only be wrongly false (a watch made while its open row exists), which costs the lookup the insert's
-- conflict makes anyway; wrongly true would hide posts, and nothing sets it without an open row.
ALTER TABLE watches ADD COLUMN told boolean NOT NULL DEFAULT false;

UPDATE watches w SET told = true
 WHERE w.target_type = 'thread'
   AND EXISTS (SELECT 1 FROM notifications n
                WHERE n.kind = 'watched_post' AND n.read_at IS NULL AND n.thread_id = w.target_id AND n.user_id = w.user_id);

-- the watchers of a thread a fan-out writes to
CREATE INDEX watches_thread_untold ON watches (target_id) WHERE target_type = 'thread' AND level = 'watching' AND NOT told;
-- the mutes a fan-out checks its recipients against: without it the check read every watch of a busy thread for each
-- recipient (a thousand watches, sixteen posts, sixteen recipients: 30 of a batch's 42 ms)
CREATE INDEX watches_muted ON watches (target_type, target_id, user_id) WHERE level = 'muted';

CREATE FUNCTION watches_told_opened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE watches w SET told = true
    FROM added n
   WHERE n.kind = 'watched_post' AND n.read_at IS NULL
     AND w.target_type = 'thread' AND w.target_id = n.thread_id AND w.user_id = n.user_id AND NOT w.told;
  RETURN NULL;
END $$;

CREATE FUNCTION watches_told_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE watches w SET told = n.read_at IS NULL
    FROM before o JOIN after n ON n.id = o.id
   WHERE n.kind = 'watched_post' AND (o.read_at IS NULL) <> (n.read_at IS NULL)
     AND w.target_type = 'thread' AND w.target_id = n.thread_id AND w.user_id = n.user_id;
  RETURN NULL;
END $$;

CREATE FUNCTION watches_told_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE watches w SET told = false
    FROM removed n
   WHERE n.kind = 'watched_post' AND n.read_at IS NULL
     AND w.target_type = 'thread' AND w.target_id = n.thread_id AND w.user_id = n.user_id AND w.told;
  RETURN NULL;
END $$;

CREATE TRIGGER notifications_told_insert AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION watches_told_opened();
CREATE TRIGGER notifications_told_update AFTER UPDATE ON notifications
  REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION watches_told_changed();
CREATE TRIGGER notifications_told_delete AFTER DELETE ON notifications
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION watches_told_removed();
