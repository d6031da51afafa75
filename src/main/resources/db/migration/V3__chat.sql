-- Chat rooms, their members, messages with a gapless per-room seq, read markers and mutes.

CREATE TABLE chat_rooms (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('public', 'private', 'direct')),
  topic      text NOT NULL DEFAULT '',
  -- "<lower user id>:<higher user id>" for direct rooms, so a pair has exactly one
  direct_key text UNIQUE,
  -- demo rooms carry a stable key, so seeding can find them again
  seed_key   text UNIQUE,
  created_by bigint REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- the seq of the newest message; the next batch takes last_seq + 1 .. last_seq + n under the row lock
  last_seq   bigint NOT NULL DEFAULT 0
);
CREATE INDEX chat_rooms_public_idx ON chat_rooms (id) WHERE kind = 'public';

CREATE TABLE chat_members (
  room_id   bigint NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE,
  user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (room_id, user_id)
);
CREATE INDEX chat_members_user_idx ON chat_members (user_id);

CREATE TABLE chat_messages (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  room_id    bigint NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE,
  seq        bigint NOT NULL,
  author_id  bigint NOT NULL REFERENCES users (id),
  client_id  text NOT NULL,
  body       text NOT NULL,
  html       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  edited_at  timestamptz,
  deleted    boolean NOT NULL DEFAULT false,
  UNIQUE (room_id, seq),
  -- a retried send (same client id) finds the message it already created
  UNIQUE (room_id, author_id, client_id)
);

-- Read markers exist for public rooms too, where readers need not be members.
CREATE TABLE chat_read_markers (
  room_id  bigint NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE,
  user_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  read_seq bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (room_id, user_id)
);

CREATE TABLE chat_mutes (
  room_id    bigint NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- null: until a moderator lifts it
  until      timestamptz,
  muted_by   bigint NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (room_id, user_id)
);
