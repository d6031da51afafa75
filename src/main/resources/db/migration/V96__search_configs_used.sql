-- The text-search configurations that some post, thread title or file's text is indexed with. A search parses its
-- words in each of these and scans the indexes once for each distinct parse; it parsed them in every configuration a
-- text may have (23), and a configuration no text uses cost its parse and its scans for nothing: in the benchmark,
-- whose texts use 4, a sixth of the database's time a typical search (docs/performance.md). Kept by the triggers
-- below, on every insert and every change of a text's configuration. A configuration stays listed once used: the
-- most that costs a search is its parse.
CREATE TABLE search_configs_used (
  config regconfig PRIMARY KEY
);

INSERT INTO search_configs_used (config)
SELECT lang FROM posts UNION SELECT lang FROM threads UNION SELECT lang FROM file_contents;

CREATE FUNCTION search_configs_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- read first, so the usual statement, in a configuration listed already, writes nothing
  INSERT INTO search_configs_used (config)
  SELECT DISTINCT a.lang FROM added a WHERE NOT EXISTS (SELECT 1 FROM search_configs_used s WHERE s.config = a.lang)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION search_configs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_configs_used (config) VALUES (NEW.lang) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER posts_search_configs_insert AFTER INSERT ON posts
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_configs_inserted();
CREATE TRIGGER threads_search_configs_insert AFTER INSERT ON threads
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_configs_inserted();
CREATE TRIGGER file_contents_search_configs_insert AFTER INSERT ON file_contents
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_configs_inserted();

-- a row trigger whose condition is checked without calling it: a thread's every reply updates the thread
CREATE TRIGGER posts_search_configs_update AFTER UPDATE OF lang ON posts
  FOR EACH ROW WHEN (NEW.lang IS DISTINCT FROM OLD.lang) EXECUTE FUNCTION search_configs_changed();
CREATE TRIGGER threads_search_configs_update AFTER UPDATE OF lang ON threads
  FOR EACH ROW WHEN (NEW.lang IS DISTINCT FROM OLD.lang) EXECUTE FUNCTION search_configs_changed();
CREATE TRIGGER file_contents_search_configs_update AFTER UPDATE OF lang ON file_contents
  FOR EACH ROW WHEN (NEW.lang IS DISTINCT FROM OLD.lang) EXECUTE FUNCTION search_configs_changed();
