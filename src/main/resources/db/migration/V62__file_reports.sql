-- Reports can target a file (an upload); a moderator's removal of it is the report's "delete".
ALTER TABLE reports DROP CONSTRAINT reports_target_type_check;
ALTER TABLE reports ADD CONSTRAINT reports_target_type_check CHECK (target_type IN ('post', 'message', 'file'));
CREATE INDEX file_contents_unreferenced_idx ON file_contents (created_at);
