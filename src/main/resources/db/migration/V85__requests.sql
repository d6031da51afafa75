-- "Ask the network": a city asks for help on a theme; a mentor or another city's coordinator accepts it, which
-- opens a private room; the request closes with an outcome that stays readable (and searchable) afterwards.
CREATE TABLE help_requests (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  city_id    text NOT NULL REFERENCES cities (id),
  author_id  bigint NOT NULL REFERENCES users (id),
  theme      text NOT NULL REFERENCES themes (id),
  title      text NOT NULL,
  need       text NOT NULL,
  by_date    date,
  status     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'closed')),
  helper_id  bigint REFERENCES users (id),
  room_id    bigint REFERENCES chat_rooms (id) ON DELETE SET NULL,
  outcome    text,
  created_at timestamptz NOT NULL,
  closed_at  timestamptz
);
-- the list, newest first, optionally by status and theme
CREATE INDEX help_requests_list_idx ON help_requests (id DESC);
CREATE INDEX help_requests_status_idx ON help_requests (status, id DESC);
CREATE INDEX help_requests_city_idx ON help_requests (city_id, status);
