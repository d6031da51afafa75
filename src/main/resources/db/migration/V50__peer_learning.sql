-- The peer-learning programme: who speaks for a city, each city's profile, the review of best practices
-- (every transition kept) and their adoption by cities (every stage kept).

CREATE TABLE city_coordinators (
  city_id  text NOT NULL REFERENCES cities (id),
  user_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  named_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, user_id)
);
CREATE INDEX city_coordinators_user_idx ON city_coordinators (user_id);

CREATE TABLE city_profiles (
  city_id      text PRIMARY KEY REFERENCES cities (id),
  population   integer CHECK (population >= 0),
  summary      text NOT NULL DEFAULT '',
  focus_themes text[] NOT NULL DEFAULT '{}',
  stage        text CHECK (stage IN ('diagnosis', 'strategy', 'implementation')),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- A practice's review state lives on its thread, so every thread read carries it without a join;
-- the adoption counts are kept beside it in the transaction that changes an adoption.
ALTER TABLE threads
  ADD COLUMN practice_status text NOT NULL DEFAULT 'draft'
    CHECK (practice_status IN ('draft', 'submitted', 'in_review', 'validated', 'returned')),
  ADD COLUMN practice_evidence text CHECK (practice_evidence IN ('idea', 'piloted', 'proven')),
  ADD COLUMN practice_reviewer_id bigint REFERENCES users (id),
  ADD COLUMN practice_transferability text NOT NULL DEFAULT '',
  ADD COLUMN practice_lessons text NOT NULL DEFAULT '',
  ADD COLUMN practice_exploring integer NOT NULL DEFAULT 0,
  ADD COLUMN practice_piloting integer NOT NULL DEFAULT 0,
  ADD COLUMN practice_adopted integer NOT NULL DEFAULT 0,
  ADD COLUMN practice_dropped integer NOT NULL DEFAULT 0;
-- The practice library: by status (validated by default), newest activity first.
CREATE INDEX threads_practice_library_idx ON threads (practice_status, last_post_at DESC, id DESC) WHERE kind = 'practice';
CREATE INDEX threads_practice_city_idx ON threads (practice_city_id) WHERE kind = 'practice';

CREATE TABLE practice_transitions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  thread_id   bigint NOT NULL REFERENCES threads (id),
  from_status text NOT NULL,
  to_status   text NOT NULL,
  evidence    text,
  actor_id    bigint NOT NULL REFERENCES users (id),
  note        text,
  at          timestamptz NOT NULL
);
CREATE INDEX practice_transitions_thread_idx ON practice_transitions (thread_id, id);

CREATE TABLE adoptions (
  thread_id  bigint NOT NULL REFERENCES threads (id),
  city_id    text NOT NULL REFERENCES cities (id),
  stage      text NOT NULL CHECK (stage IN ('exploring', 'piloting', 'adopted', 'dropped')),
  note       text NOT NULL DEFAULT '',
  outcomes   text NOT NULL DEFAULT '',
  started_at timestamptz NOT NULL,
  -- when the current stage began
  since      timestamptz NOT NULL,
  PRIMARY KEY (thread_id, city_id)
);
CREATE INDEX adoptions_city_idx ON adoptions (city_id, since DESC);

CREATE TABLE adoption_stages (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  thread_id bigint NOT NULL,
  city_id   text NOT NULL,
  stage     text NOT NULL,
  actor_id  bigint NOT NULL REFERENCES users (id),
  at        timestamptz NOT NULL,
  FOREIGN KEY (thread_id, city_id) REFERENCES adoptions (thread_id, city_id)
);
CREATE INDEX adoption_stages_adoption_idx ON adoption_stages (thread_id, city_id, id);
