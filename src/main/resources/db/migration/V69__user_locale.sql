-- The language a person reads Urbis in (UI and e-mail): one of the 24 official EU languages, or null while they have
-- not chosen one (the browser's languages decide, e-mail falls back to English).
ALTER TABLE users ADD COLUMN locale text
  CHECK (locale IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv',
                    'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'));
