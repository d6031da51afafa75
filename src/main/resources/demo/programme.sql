-- Demo data for the peer-learning programme, run once after the forum demo: coordinators, city profiles,
-- practices in every review state with their timelines, adoptions spread over months, an open and a closed
-- request, and an announcement to the mentor cities that half of them acknowledged.

CREATE TEMPORARY TABLE demo_people ON COMMIT DROP AS
  SELECT username, id FROM users WHERE username IN ('admin', 'moderator', 'mentor', 'member');

INSERT INTO city_coordinators (city_id, user_id)
  SELECT u.city_id, u.id FROM users u WHERE u.username IN ('admin', 'moderator', 'member') ON CONFLICT DO NOTHING;

INSERT INTO city_profiles (city_id, population, summary, focus_themes, stage) VALUES
  ('gabrovo', 51000, 'A mountain town of crafts and humour, starting its digital strategy with its services.', '{digital-government,tourism-culture}', 'diagnosis'),
  ('helsinki', 674000, 'Capital city running services, data and testbeds as one platform.', '{digital-government,innovation-ecosystems,health-care}', 'implementation'),
  ('lyon', 522000, 'Metropolis investing in energy, connectivity and procurement for innovation.', '{energy-environment,connectivity,funding-procurement}', 'implementation'),
  ('barcelona', 1620000, 'Mentor city for open data, mobility and digital inclusion.', '{open-data,smart-mobility,digital-skills-inclusion}', 'implementation'),
  ('ancona', 100000, 'Port city working on open data and tourism flows.', '{open-data,tourism-culture}', 'strategy')
ON CONFLICT (city_id) DO NOTHING;

-- title, status, evidence, reviewer, days since it was submitted
CREATE TEMPORARY TABLE demo_review ON COMMIT DROP AS
  SELECT t.id, t.author_id, v.status, v.evidence, (SELECT id FROM demo_people WHERE username = v.reviewer) AS reviewer_id, v.days
  FROM (VALUES
    ('One digital front door for all city services', 'validated', 'proven', 'mentor', 200),
    ('Open data portal run as a product, not a project', 'validated', 'piloted', 'moderator', 180),
    ('City as testbed for start-ups', 'validated', 'idea', 'mentor', 120),
    ('Superblocks: streets given back to people', 'in_review', NULL, 'moderator', 20),
    ('Heat map of municipal buildings for energy renovation', 'returned', NULL, 'mentor', 30),
    ('Digital skills points in every public library', 'submitted', NULL, NULL, 5)
  ) AS v (title, status, evidence, reviewer, days)
  JOIN threads t ON t.title = v.title AND t.kind = 'practice';

UPDATE threads t SET practice_status = r.status, practice_evidence = r.evidence, practice_reviewer_id = r.reviewer_id,
  practice_transferability = 'A named owner in the city administration, a small budget for the first year, and the will to publish what does not work.',
  practice_lessons = 'Start with one service or data set residents ask for most; the first vendor contract was too long to change.'
FROM demo_review r WHERE t.id = r.id;

INSERT INTO practice_transitions (thread_id, from_status, to_status, evidence, actor_id, note, at)
  SELECT id, 'draft', 'submitted', NULL, author_id, NULL, now() - make_interval(days => days) FROM demo_review
  UNION ALL
  SELECT id, 'submitted', 'in_review', NULL, reviewer_id, NULL, now() - make_interval(days => days - 2) FROM demo_review WHERE reviewer_id IS NOT NULL
  UNION ALL
  SELECT id, 'in_review', status, evidence, reviewer_id,
    CASE status WHEN 'returned' THEN 'Please add what the dashboard cost and who maintains it.' ELSE 'Clear, costed and transferable.' END,
    now() - make_interval(days => days - 9)
  FROM demo_review WHERE status IN ('validated', 'returned');

-- practice title, city, stages with their age in days (oldest first)
CREATE TEMPORARY TABLE demo_adoption ON COMMIT DROP AS
  SELECT t.id AS thread_id, v.city_id, v.stage, v.days, v.position
  FROM (VALUES
    ('One digital front door for all city services', 'gabrovo', 'exploring', 150, 1),
    ('One digital front door for all city services', 'gabrovo', 'piloting', 90, 2),
    ('One digital front door for all city services', 'gabrovo', 'adopted', 25, 3),
    ('One digital front door for all city services', 'ancona', 'exploring', 60, 1),
    ('One digital front door for all city services', 'lyon', 'piloting', 100, 1),
    ('One digital front door for all city services', 'lyon', 'adopted', 40, 2),
    ('Open data portal run as a product, not a project', 'ancona', 'exploring', 130, 1),
    ('Open data portal run as a product, not a project', 'ancona', 'piloting', 70, 2),
    ('Open data portal run as a product, not a project', 'kielce', 'exploring', 80, 1),
    ('Open data portal run as a product, not a project', 'kielce', 'dropped', 35, 2),
    ('City as testbed for start-ups', 'gabrovo', 'exploring', 45, 1)
  ) AS v (title, city_id, stage, days, position)
  JOIN threads t ON t.title = v.title AND t.kind = 'practice';

INSERT INTO adoptions (thread_id, city_id, stage, note, outcomes, started_at, since)
  SELECT DISTINCT ON (thread_id, city_id) thread_id, city_id, stage,
    'Discussed with the mentor city during the spring visit.',
    CASE stage WHEN 'adopted' THEN 'Live for residents; first results in the next report.' WHEN 'dropped' THEN 'No budget this year; we keep the lessons.' ELSE '' END,
    now() - make_interval(days => (SELECT max(d.days) FROM demo_adoption d WHERE d.thread_id = a.thread_id AND d.city_id = a.city_id)),
    now() - make_interval(days => days)
  FROM demo_adoption a ORDER BY thread_id, city_id, position DESC;

INSERT INTO adoption_stages (thread_id, city_id, stage, actor_id, at)
  SELECT a.thread_id, a.city_id, a.stage, coalesce(
      (SELECT c.user_id FROM city_coordinators c WHERE c.city_id = a.city_id LIMIT 1),
      (SELECT id FROM demo_people WHERE username = 'admin')),
    now() - make_interval(days => a.days)
  FROM demo_adoption a ORDER BY a.position;

UPDATE threads t SET
  practice_exploring = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'exploring'),
  practice_piloting = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'piloting'),
  practice_adopted = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'adopted'),
  practice_dropped = (SELECT count(*) FROM adoptions a WHERE a.thread_id = t.id AND a.stage = 'dropped')
WHERE t.kind = 'practice';

-- "Ask the network": Gabrovo's open request, and an earlier one a mentor helped with, closed with its outcome.
INSERT INTO help_requests (city_id, author_id, theme, title, need, by_date, status, helper_id, outcome, created_at, closed_at)
  SELECT u.city_id, u.id, 'digital-government', 'A single sign-on for municipal services',
    'We want residents to log in once for permits, taxes and school places. Who has done this with a national eID, and what would you do differently?',
    (now() + interval '60 days')::date, 'open', NULL, NULL, now() - interval '3 days', NULL
  FROM users u WHERE u.username = 'member'
  UNION ALL
  SELECT u.city_id, u.id, 'open-data', 'Which data sets to open first',
    'A list of the first ten data sets that residents and companies actually used.',
    NULL, 'closed', (SELECT id FROM demo_people WHERE username = 'mentor'),
    'Started with transport, budgets and opening hours, as Helsinki advised; forty downloads in the first month.',
    now() - interval '75 days', now() - interval '40 days'
  FROM users u WHERE u.username = 'member';

-- The moderator's announcement to the mentor cities, acknowledged by the first half of them (by name).
INSERT INTO announcement_acks (thread_id, city_id, user_id, at)
  SELECT t.id, c.id, coalesce((SELECT k.user_id FROM city_coordinators k WHERE k.city_id = c.id LIMIT 1),
      (SELECT id FROM demo_people WHERE username = 'admin')), now() - make_interval(days => c.position::int)
  FROM threads t
    JOIN (SELECT id, row_number() OVER (ORDER BY name) AS position, count(*) OVER () AS cohort FROM cities WHERE role = 'mentor') c
      ON c.position <= c.cohort / 2
  WHERE t.kind = 'announcement' AND t.title = 'Mentor cities: spring review visits';
