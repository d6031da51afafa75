-- Notifications: one row per recipient and thing that happened, an inbox read newest first; and watch levels.

CREATE TABLE notifications (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('mention', 'reply', 'watched_post', 'watched_thread', 'direct_message',
                'practice_review', 'adoption', 'announcement', 'ack_reminder', 'request', 'moderation')),
  actor_id    bigint REFERENCES users (id) ON DELETE SET NULL,
  target_type text NOT NULL CHECK (target_type IN ('post', 'thread', 'message', 'practice', 'announcement', 'request')),
  target_id   bigint NOT NULL,
  thread_id   bigint,
  room_id     bigint,
  seq         bigint,
  title       text NOT NULL,
  excerpt     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
-- every node hears every event: the first insert wins, the others find the row there and tell no one
CREATE UNIQUE INDEX notifications_once ON notifications (user_id, kind, target_type, target_id);
CREATE INDEX notifications_inbox_idx ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id, id) WHERE read_at IS NULL;

CREATE TABLE watches (
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  target_type text NOT NULL CHECK (target_type IN ('thread', 'board')),
  target_id   bigint NOT NULL,
  level       text NOT NULL CHECK (level IN ('watching', 'tracking', 'normal', 'muted')),
  PRIMARY KEY (target_type, target_id, user_id)
);
CREATE INDEX watches_user_idx ON watches (user_id);
