-- The language a document is written in, detected from its text (ISO 639-1; null when too short to tell or no text:
-- then its words are indexed in the language of the first uploader's city, as before). Contents from before this
-- keep their city's language and no code. A new nullable column without a default: the lock is brief.
ALTER TABLE file_contents ADD COLUMN language text;
