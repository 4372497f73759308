-- Step 2 of 3 (see news-generate.sh): items :first to :last, so that chunks load in parallel.
-- Each chunk seeds random() from its first row: the same ROWS give the same archive.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SELECT setseed(:first::float8 / 10000000) \gset

INSERT INTO news_item (id, slug, headline, lead, body, body_text, language, status, published_at,
                       issuer_municipality_id, issuer_name, contact_name, contact_email, topics,
                       related_municipality_ids, related_partnership_ids, related_event_ids,
                       created_at, updated_at, version, created_by, updated_by)
SELECT gen_random_uuid(),
       'bench-' || g,
       headline, lead, '<p>' || body || '</p>', body, lang,
       status,
       CASE WHEN status = 'DRAFT' THEN NULL
            WHEN status = 'SCHEDULED' THEN now() + (g % 90) * interval '1 day'
            ELSE published END,
       issuer, NULL, 'Pressestelle', 'presse@example.org', ARRAY[topic],
       ARRAY[partner_city_id], ARRAY[partnership], CASE WHEN g % 4 = 0 THEN ARRAY[event] ELSE '{}'::uuid[] END,
       published, published, 0, 'bench', 'bench'
FROM (
  SELECT g, lang, status, published, issuer, partner_city_id, partnership, event,
         replace(w.topics_en[topic_no], ' ', '-') AS topic,
         bench_fill(CASE WHEN en THEN w.headlines_en[1 + (g / 7) % 6] ELSE w.headlines_de[1 + (g / 7) % 6] END,
                    tw.origin, tw.sister, tw.country,
                    CASE WHEN en THEN w.themes_en[1 + (g * 31) % 60] ELSE w.themes_de[1 + (g * 31) % 60] END,
                    '', CASE WHEN en THEN initcap(w.topics_en[topic_no]) ELSE w.topics_de[topic_no] END, 0, 0) AS headline,
         bench_fill(CASE WHEN en THEN w.sentences_en[1 + (g * 3) % 24] ELSE w.sentences_de[1 + (g * 3) % 24] END,
                    tw.origin, tw.sister, tw.country,
                    CASE WHEN en THEN w.themes_en[1 + (g * 31) % 60] ELSE w.themes_de[1 + (g * 31) % 60] END,
                    CASE WHEN en THEN w.orgs_en[1 + g % 20] ELSE w.orgs_de[1 + g % 20] END, '',
                    2 + g % 48, 1950 + g % 75) AS lead,
         -- (s inside the aggregate keeps it at the subquery's level; without it the aggregate would
         -- belong to the outer query, since every other column it names comes from there)
         (SELECT string_agg(bench_fill(
                    CASE WHEN en THEN w.sentences_en[1 + floor(random() * 24)::int + 0 * s]
                         ELSE w.sentences_de[1 + floor(random() * 24)::int] END,
                    tw.origin, tw.sister, tw.country,
                    CASE WHEN en THEN w.themes_en[1 + floor(random() * 60)::int]
                         ELSE w.themes_de[1 + floor(random() * 60)::int] END,
                    CASE WHEN en THEN w.orgs_en[1 + floor(random() * 20)::int]
                         ELSE w.orgs_de[1 + floor(random() * 20)::int] END, '',
                    2 + floor(random() * 240)::int, 1950 + floor(random() * 76)::int), ' ')
            FROM generate_series(1, 6 + g % 8) AS s) AS body
  FROM (
    SELECT g,
           g % 5 = 0 AS en,
           CASE WHEN g % 5 = 0 THEN 'en' ELSE 'de' END AS lang,
           1 + (g / 3) % 15 AS topic_no,
           CASE WHEN g % 50 = 1 THEN 'DRAFT' WHEN g % 50 = 2 THEN 'SCHEDULED' WHEN g % 50 = 3 THEN 'WITHDRAWN'
                ELSE 'PUBLISHED' END AS status,
           -- An archive grows in time order: item g of ROWS was published about (ROWS - g) / ROWS of five
           -- years ago, up to a day earlier, so the table's physical order follows publication as in
           -- a real newsroom's database (random dates would scatter every time range over the disk).
           now() - ((:rows - g) * 1825.0 / :rows + random()) * interval '1 day' AS published,
           p.municipalities[1 + g % 2000] AS issuer,
           p.municipalities[1 + (g * 7) % 2000] AS partner_city_id,
           p.partnerships[1 + (g * 13) % 5000] AS partnership,
           p.events[1 + (g * 17) % 3000] AS event,
           1 + (g::bigint * 7919) % (SELECT twinnings FROM bench_words) AS twinning
    FROM generate_series(:first, :last) AS g, bench_pools p
  ) AS item
  JOIN bench_twinning tw ON tw.n = item.twinning
  CROSS JOIN bench_words w
) AS generated;
