-- Announcements: threads of kind 'announcement' addressed to a cohort of cities, which each acknowledge once.

ALTER TABLE threads DROP CONSTRAINT threads_kind_check;
ALTER TABLE threads ADD CONSTRAINT threads_kind_check CHECK (kind IN ('discussion', 'practice', 'announcement'));
ALTER TABLE threads
  ADD COLUMN audience text CHECK (audience IN ('all', 'challenge', 'fellow', 'mentor')),
  ADD CONSTRAINT threads_announcement_audience_check CHECK ((kind = 'announcement') = (audience IS NOT NULL));

CREATE TABLE announcement_acks (
  thread_id bigint NOT NULL REFERENCES threads (id),
  city_id   text NOT NULL REFERENCES cities (id),
  user_id   bigint NOT NULL REFERENCES users (id),
  at        timestamptz NOT NULL,
  -- once per city: a second acknowledgement of the same city keeps the first
  PRIMARY KEY (thread_id, city_id)
);
