-- The text inside documents, for search (in the language of the first uploader's city), and cached previews.

ALTER TABLE file_contents
  ADD COLUMN text   text,
  ADD COLUMN lang   regconfig NOT NULL DEFAULT 'simple',
  ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector(lang, coalesce(text, ''))) STORED;
CREATE INDEX file_contents_search_idx ON file_contents USING gin (search) WITH (fastupdate = off);

-- png NULL: tried, and there is no preview (broken, too large or too slow); never tried again
CREATE TABLE file_previews (
  sha256 text PRIMARY KEY REFERENCES file_contents (sha256) ON DELETE CASCADE,
  png    bytea
);
