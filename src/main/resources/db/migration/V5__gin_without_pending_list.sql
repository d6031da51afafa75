-- GIN indexes default to a "pending list": new entries are appended unsorted and merged into the index only
-- by vacuum or once the list passes gin_pending_list_limit (4 MB). Until then every search reads the whole
-- list linearly: after 3,000 replies a typical search cost six times the CPU it cost before them. The forum
-- is read far more than written, so new posts and threads go straight into the index (a reply costs about
-- 0.4 ms more) and a search costs the same however recently the posts were written.
ALTER INDEX posts_search_idx SET (fastupdate = off);
ALTER INDEX threads_title_search_idx SET (fastupdate = off);
ALTER INDEX threads_tags_idx SET (fastupdate = off);

-- Merge what is already pending, so existing installations get the benefit at once.
SELECT gin_clean_pending_list('posts_search_idx'::regclass),
       gin_clean_pending_list('threads_title_search_idx'::regclass),
       gin_clean_pending_list('threads_tags_idx'::regclass);
