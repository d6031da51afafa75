-- Cities of the programme, users, refresh tokens and the audit log that every privileged action writes.

CREATE TABLE cities (
  id      text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,64}$'),
  name    text NOT NULL,
  country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  role    text NOT NULL CHECK (role IN ('challenge', 'fellow', 'mentor'))
);

CREATE TABLE users (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username          text NOT NULL CHECK (username ~ '^[a-z0-9_.-]{3,32}$'),
  display_name      text NOT NULL,
  city_id           text REFERENCES cities (id),
  role              text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'mentor', 'moderator', 'admin')),
  password_hash     text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  -- suspended when suspended_at is set and suspended_until is null (indefinite) or still ahead
  suspended_at      timestamptz,
  suspended_until   timestamptz,
  suspension_reason text
);
-- Usernames are unique whatever their case.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE INDEX users_city_idx ON users (city_id);

CREATE TABLE refresh_tokens (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id  uuid NOT NULL,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id    bigint NOT NULL REFERENCES users (id),
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text NOT NULL,
  detail      jsonb NOT NULL DEFAULT '{}',
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at_idx ON audit_log (id DESC);

-- One row per piece of seed data (demo content, bootstrap accounts) already written, so it is written once.
CREATE TABLE seed_marks (
  name text PRIMARY KEY,
  at   timestamptz NOT NULL DEFAULT now()
);
