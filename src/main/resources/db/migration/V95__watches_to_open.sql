-- Who a watched thread's next post opens a notification for: the thread's watchers (level watching) who have no open
-- watched_post row of it (V92). A post's fan-out reads these few instead of asking each of the thread's watchers
-- whether their row is open: on a thread with 1,000 watchers who have not looked yet, that check was 1,000 index
-- probes a post, or a hash of every open row of every thread, for a post that writes nothing (docs/performance.md).
-- Kept by the triggers below, whichever statement opens, closes or removes a row or changes a watch.
CREATE TABLE watches_to_open (
  thread_id bigint NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (thread_id, user_id)
);

INSERT INTO watches_to_open (thread_id, user_id)
SELECT w.target_id, w.user_id
  FROM watches w JOIN threads t ON t.id = w.target_id
 WHERE w.target_type = 'thread' AND w.level = 'watching'
   AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.thread_id = w.target_id AND n.user_id = w.user_id
                      AND n.kind = 'watched_post' AND n.read_at IS NULL);

-- Whether a closed row's watcher waits for the thread's next post again: they still watch it, and they and the thread
-- still exist (a cascade from either removes rows too).
CREATE FUNCTION watches_to_open_reopen(closed_thread bigint, closed_user bigint) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM watches w JOIN users u ON u.id = w.user_id JOIN threads t ON t.id = w.target_id
                    WHERE w.target_type = 'thread' AND w.target_id = closed_thread AND w.user_id = closed_user
                      AND w.level = 'watching')
  $$;

-- A row opened: its watcher leaves the set; one closed (read) while the watch stands: they are back in it.
CREATE FUNCTION watches_to_open_opened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM watches_to_open o USING added a
   WHERE a.kind = 'watched_post' AND a.read_at IS NULL AND o.thread_id = a.thread_id AND o.user_id = a.user_id;
  RETURN NULL;
END $$;

CREATE FUNCTION watches_to_open_read() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO watches_to_open (thread_id, user_id)
  SELECT n.thread_id, n.user_id FROM before o JOIN after n ON n.id = o.id
   WHERE n.kind = 'watched_post' AND o.read_at IS NULL AND n.read_at IS NOT NULL
     AND watches_to_open_reopen(n.thread_id, n.user_id)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION watches_to_open_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO watches_to_open (thread_id, user_id)
  SELECT r.thread_id, r.user_id FROM removed r
   WHERE r.kind = 'watched_post' AND r.read_at IS NULL AND watches_to_open_reopen(r.thread_id, r.user_id)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER notifications_watches_to_open_insert AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION watches_to_open_opened();
CREATE TRIGGER notifications_watches_to_open_update AFTER UPDATE ON notifications
  REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION watches_to_open_read();
CREATE TRIGGER notifications_watches_to_open_delete AFTER DELETE ON notifications
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION watches_to_open_removed();

-- A watch changed: whoever it was is out; whoever watches the thread now and has no open row of it is in.
CREATE FUNCTION watches_to_open_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM watches_to_open o USING was w
     WHERE w.target_type = 'thread' AND o.thread_id = w.target_id AND o.user_id = w.user_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO watches_to_open (thread_id, user_id)
    SELECT w.target_id, w.user_id FROM now_is w JOIN threads t ON t.id = w.target_id
     WHERE w.target_type = 'thread' AND w.level = 'watching'
       AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.thread_id = w.target_id AND n.user_id = w.user_id
                          AND n.kind = 'watched_post' AND n.read_at IS NULL)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER watches_to_open_insert AFTER INSERT ON watches
  REFERENCING NEW TABLE AS now_is FOR EACH STATEMENT EXECUTE FUNCTION watches_to_open_changed();
CREATE TRIGGER watches_to_open_update AFTER UPDATE ON watches
  REFERENCING OLD TABLE AS was NEW TABLE AS now_is FOR EACH STATEMENT EXECUTE FUNCTION watches_to_open_changed();
CREATE TRIGGER watches_to_open_delete AFTER DELETE ON watches
  REFERENCING OLD TABLE AS was FOR EACH STATEMENT EXECUTE FUNCTION watches_to_open_changed();
