-- Each post's language is detected from its text (or chosen by its author) instead of taken from the author's
-- city: most posts between cities are written in English by people whose city is not English-speaking.
--   language         ISO 639-1 code of the detected or chosen language; null when the detector was unsure and
--                    the author's city language (or 'simple') indexes the post
--   language_chosen  the author chose it: an edit keeps it instead of detecting again
--   plain            the text without its markdown, for snippets; null = written before this migration, still to
--                    be re-indexed by the start-up job (forum/PostReindexing), which also re-detects its language
-- Columns without a default, or with a constant one, are added without rewriting the table: the lock is brief.
ALTER TABLE posts
  ADD COLUMN language text,
  ADD COLUMN language_chosen boolean NOT NULL DEFAULT false,
  ADD COLUMN plain text;
