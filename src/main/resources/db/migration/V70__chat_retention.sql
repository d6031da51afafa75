-- Per-room message retention: messages older than retention_days are deleted by a periodic job (null: kept).

ALTER TABLE chat_rooms ADD COLUMN retention_days integer CHECK (retention_days BETWEEN 1 AND 3650);
CREATE INDEX chat_rooms_retention_idx ON chat_rooms (id) WHERE retention_days IS NOT NULL;

-- the job takes each room's oldest messages first
CREATE INDEX chat_messages_room_created_idx ON chat_messages (room_id, created_at);

-- what the job removes with a message: its notifications, and it skips messages under an open report
CREATE INDEX notifications_target_idx ON notifications (target_type, target_id);
CREATE INDEX reports_open_target_idx ON reports (target_type, target_id) WHERE status = 'open';
