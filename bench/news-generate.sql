-- Step 2 of 3 (see news-generate.sh): items :first to :last, so that chunks load in parallel.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

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
  SELECT g,
         CASE WHEN g % 5 = 0 THEN 'en' ELSE 'de' END AS lang,
         CASE WHEN g % 50 = 1 THEN 'DRAFT' WHEN g % 50 = 2 THEN 'SCHEDULED' WHEN g % 50 = 3 THEN 'WITHDRAWN'
              ELSE 'PUBLISHED' END AS status,
         now() - (random() * 1825) * interval '1 day' AS published,
         p.municipalities[1 + g % 2000] AS issuer,
         p.municipalities[1 + (g * 7) % 2000] AS partner_city_id,
         p.partnerships[1 + (g * 13) % 5000] AS partnership,
         p.events[1 + (g * 17) % 3000] AS event,
         CASE WHEN g % 5 = 0 THEN w.topics_en[1 + g % 15] ELSE replace(lower(w.topics_de[1 + g % 15]), ' ', '-') END AS topic,
         CASE WHEN g % 5 = 0
              THEN initcap(w.topics_en[1 + g % 15]) || ': ' || w.cities[1 + g % 40] || ' and ' || w.cities[1 + (g / 40) % 40]
                   || CASE g % 3 WHEN 0 THEN ' sign agreement' WHEN 1 THEN ' meet again' ELSE ' plan next steps' END
              ELSE w.topics_de[1 + g % 15] || ': ' || w.cities[1 + g % 40] || ' und ' || w.cities[1 + (g / 40) % 40]
                   || CASE g % 3 WHEN 0 THEN ' unterzeichnen Vereinbarung' WHEN 1 THEN ' treffen sich erneut'
                                ELSE ' planen nächste Schritte' END
         END AS headline,
         CASE WHEN g % 5 = 0 THEN w.sentences_en[1 + (g * 3) % 18] ELSE w.sentences_de[1 + (g * 3) % 18] END AS lead,
         (SELECT string_agg(CASE WHEN g % 5 = 0 THEN w.sentences_en[1 + (g * s * 7 + s) % 18]
                                 ELSE w.sentences_de[1 + (g * s * 7 + s) % 18] END, ' ')
            FROM generate_series(1, 6 + g % 8) AS s) AS body
  FROM generate_series(:first, :last) AS g, bench_words w, bench_pools p
) AS generated;

