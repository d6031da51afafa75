-- The audit log keeps its target ids (and the ids inside detail) as text. Reading the log names each target for
-- people, which looks the ids up by primary key: this turns a text id into a bigint, or NULL when it is not one.
CREATE FUNCTION audit_bigint(value text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN value ~ '^[0-9]{1,18}$' THEN value::bigint END $$;
