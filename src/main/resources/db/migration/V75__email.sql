-- E-mail: each person's address and how often they want mail, when they last had a socket open, and the outbox
-- the mail worker sends from.

ALTER TABLE users
  ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$')),
  ADD COLUMN email_mode text NOT NULL DEFAULT 'daily' CHECK (email_mode IN ('immediate', 'daily', 'weekly', 'off'));
-- addresses are unique whatever their case
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Every node writes, on each tick of its mail worker, the users with a socket open on it: "no open socket for
-- notify.emailDelayMinutes" is seen_at older than that (or no row).
CREATE TABLE socket_presence (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  seen_at timestamptz NOT NULL
);

CREATE TABLE mail_outbox (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- what the mail is about: 'n:<notification id>' (immediate), 'daily:<date>' or 'weekly:<date of the Monday>'
  about           text NOT NULL,
  recipient       text NOT NULL,
  subject         text NOT NULL,
  text_body       text NOT NULL,
  html_body       text NOT NULL,
  unsubscribe_url text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
  attempts        integer NOT NULL DEFAULT 0,
  -- when a worker may next take it: a claim moves it ahead by the lease, a failure by the backoff
  next_attempt_at timestamptz NOT NULL,
  last_error      text,
  created_at      timestamptz NOT NULL,
  sent_at         timestamptz,
  -- the same item is never queued twice for a person, whichever node builds it, however often
  UNIQUE (user_id, about)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX mail_outbox_list_idx ON mail_outbox (id DESC);
