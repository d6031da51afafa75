-- Reports of posts and chat messages, worked through by moderators.

CREATE TABLE reports (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target_type text NOT NULL CHECK (target_type IN ('post', 'message')),
  -- a post or chat message id, by target_type
  target_id   bigint NOT NULL,
  reporter_id bigint NOT NULL REFERENCES users (id),
  reason      text NOT NULL,
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  resolution  text CHECK (resolution IN ('dismiss', 'delete')),
  note        text,
  resolved_by bigint REFERENCES users (id),
  resolved_at timestamptz,
  CHECK ((status = 'open') = (resolution IS NULL))
);
-- One open report per reporter per target: a second one is a conflict, not a louder voice.
CREATE UNIQUE INDEX reports_open_once ON reports (reporter_id, target_type, target_id) WHERE status = 'open';
CREATE INDEX reports_queue_idx ON reports (status, id);
