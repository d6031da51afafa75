-- The step of "ask the network" a request notification tells of. notify/RequestSql stores it as the row's source_id
-- (0 opened, 1 accepted, 2 closed: each step happens once, so the number keeps each notification once); the inbox and
-- e-mail read it through this function, the one place that names the numbers' meaning. Null for other kinds.
CREATE FUNCTION request_step(kind text, source_id bigint) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN kind = 'request' THEN (ARRAY['opened', 'accepted', 'closed'])[source_id + 1] END $$;
