-- A thing can notify the same person more than once when each time is its own event (a practice claimed, then
-- validated; a city moving to the next stage): source_id names that event's row (0 when the target is the event).
ALTER TABLE notifications ADD COLUMN source_id bigint NOT NULL DEFAULT 0;
DROP INDEX notifications_once;
CREATE UNIQUE INDEX notifications_once ON notifications (user_id, kind, target_type, target_id, source_id);

-- Acknowledgement reminders sent: once per announcement and city, by whichever node runs the job first.
CREATE TABLE ack_reminders (
  thread_id bigint NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  city_id   text NOT NULL REFERENCES cities (id),
  sent_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (thread_id, city_id)
);
