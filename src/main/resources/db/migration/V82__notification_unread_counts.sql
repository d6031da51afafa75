-- Each user's unread notification count, kept by statement-level triggers on notifications, so a fan-out to a
-- thousand watchers reads a thousand counters instead of counting a thousand inboxes.
CREATE TABLE notification_unread (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  unread  bigint NOT NULL CHECK (unread >= 0)
);
INSERT INTO notification_unread (user_id, unread)
SELECT user_id, count(*) FROM notifications WHERE read_at IS NULL GROUP BY user_id;

CREATE FUNCTION notification_unread_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notification_unread (user_id, unread)
  SELECT user_id, count(*) FROM added WHERE read_at IS NULL GROUP BY user_id
  ON CONFLICT (user_id) DO UPDATE SET unread = notification_unread.unread + EXCLUDED.unread;
  RETURN NULL;
END $$;

CREATE FUNCTION notification_unread_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE notification_unread c SET unread = c.unread + d.delta
    FROM (SELECT n.user_id,
                 sum(CASE WHEN o.read_at IS NULL AND n.read_at IS NOT NULL THEN -1
                          WHEN o.read_at IS NOT NULL AND n.read_at IS NULL THEN 1 ELSE 0 END) AS delta
            FROM before o JOIN after n ON n.id = o.id GROUP BY n.user_id) d
   WHERE c.user_id = d.user_id AND d.delta <> 0;
  RETURN NULL;
END $$;

CREATE FUNCTION notification_unread_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE notification_unread c SET unread = greatest(c.unread - d.gone, 0)
    FROM (SELECT user_id, count(*) AS gone FROM removed WHERE read_at IS NULL GROUP BY user_id) d
   WHERE c.user_id = d.user_id;
  RETURN NULL;
END $$;

CREATE TRIGGER notifications_unread_insert AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION notification_unread_inserted();
CREATE TRIGGER notifications_unread_update AFTER UPDATE ON notifications
  REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION notification_unread_changed();
CREATE TRIGGER notifications_unread_delete AFTER DELETE ON notifications
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION notification_unread_deleted();
