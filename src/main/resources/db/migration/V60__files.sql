-- Files: each distinct content once (by SHA-256), the uploads that name it, where they are attached, and
-- (for the PostgreSQL store) the content itself in chunks.

CREATE TABLE file_contents (
  sha256     text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size       bigint NOT NULL CHECK (size >= 0),
  type       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE files (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256     text NOT NULL REFERENCES file_contents (sha256),
  owner_id   bigint NOT NULL REFERENCES users (id),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- a moderator's removal: the file is served nowhere any more
  removed_at timestamptz
);
CREATE INDEX files_owner_idx ON files (owner_id);
CREATE INDEX files_sha256_idx ON files (sha256);

-- target_type 'post' (a thread's files are its opening post's) or 'message' (a chat message)
CREATE TABLE file_attachments (
  file_id     bigint NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  target_type text NOT NULL CHECK (target_type IN ('post', 'message')),
  target_id   bigint NOT NULL,
  position    integer NOT NULL,
  PRIMARY KEY (target_type, target_id, file_id)
);
CREATE INDEX file_attachments_file_idx ON file_attachments (file_id);

-- The PostgreSQL store: content in fixed-size chunks, so nothing ever holds a whole file.
CREATE TABLE file_chunks (
  sha256 text NOT NULL,
  n      integer NOT NULL,
  data   bytea NOT NULL,
  PRIMARY KEY (sha256, n)
);
ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
