-- Forum read positions: per user and thread, the newest post (by id, which grows with time) the user has seen.
-- A position only moves forward (the upsert keeps the greater id); a thread with no row was never opened.

CREATE TABLE thread_reads (
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  thread_id    bigint NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  last_post_id bigint NOT NULL,
  PRIMARY KEY (user_id, thread_id)
);

-- unread counts: the live posts of a thread after a position, along (thread_id, id)
CREATE INDEX posts_thread_live_idx ON posts (thread_id, id) WHERE NOT deleted;
