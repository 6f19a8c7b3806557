/**
 * Synthetic organisations for benchmarks, generated inside PostgreSQL (fast at 100k): about 45% EU,
 * 35% Japan, 20% third countries; 1-3 roles, 2-8 materials, 0-3 technologies, 1-3 offers and seeks,
 * 0-3 markets; about a third with material streams; names, places and descriptions from realistic
 * words (accented places, Japanese names); 90% approved; last changed within the past year. setseed() makes every run produce the
 * same data.
 */
export const seedSql = (count: number) => `
SELECT setseed(0.42);
INSERT INTO "Organisation" ("id", "slug", "name", "nameJa", "country", "region", "city", "description", "roles",
  "materials", "technologies", "offers", "seeks", "markets", "languages", "suppliesStreams", "takesStreams",
  "status", "approvedAt", "searchText", "updatedAt")
SELECT 'bench-' || g.i, 'bench-' || g.i, n.name, n."nameJa", c.country, c.region::"Region", n.city, n.description,
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'role' AND g.i > 0 ORDER BY random() LIMIT 1 + floor(random() * 3)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'material' AND g.i > 0 ORDER BY random() * (CASE WHEN t."euStrategic" THEN 0.5 ELSE 1 END) LIMIT 2 + floor(random() * 7)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'technology' AND g.i > 0 ORDER BY random() LIMIT floor(random() * 4)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'cooperation' AND t."retiredAt" IS NULL AND g.i > 0 ORDER BY random() LIMIT 1 + floor(random() * 3)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'cooperation' AND t."retiredAt" IS NULL AND g.i > 0 ORDER BY random() LIMIT 1 + floor(random() * 3)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'market' AND g.i > 0 ORDER BY random() LIMIT floor(random() * 4)::int),
       ARRAY['en'] || CASE WHEN c.region = 'jp' THEN ARRAY['ja'] ELSE ARRAY[]::text[] END,
       -- Most profiles declare no streams (imported lists, quick sign-ups); about a third do.
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'stream' AND t."retiredAt" IS NULL AND g.i > 0 ORDER BY random() LIMIT (random() < 0.35)::int * (1 + floor(random() * 3)::int)),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'stream' AND t."retiredAt" IS NULL AND g.i > 0 ORDER BY random() LIMIT (random() < 0.35)::int * (1 + floor(random() * 2)::int)),
       CASE WHEN random() < 0.9 THEN 'approved'::"ProfileStatus" ELSE 'draft'::"ProfileStatus" END,
       now() - (random() * interval '365 days'),
       lower(concat_ws(E'\n', n.name, n."nameJa", n.city, n.description)),
       now() - (random() * interval '365 days')
  FROM generate_series(1, ${count}) AS g(i)
  CROSS JOIN LATERAL (
    SELECT CASE WHEN r < 0.45 THEN (ARRAY['DE','FR','SE','NL','BE','IT','ES','PL','FI','AT'])[1 + floor(random() * 10)::int]
                WHEN r < 0.80 THEN 'JP'
                ELSE (ARRAY['ID','CL','IN','VN','ZA','BR','KZ','AU','MA','TH'])[1 + floor(random() * 10)::int] END AS country,
           CASE WHEN r < 0.45 THEN 'eu' WHEN r < 0.80 THEN 'jp' ELSE 'third' END AS region
      FROM (SELECT random() + g.i * 0 AS r) AS roll
  ) AS c
  -- Names, places and descriptions in the words real ones use (accented places, Japanese names), so
  -- that text search is measured on text like the real one.
  CROSS JOIN LATERAL (
    SELECT place || ' ' || field || ' ' || kind || ' ' || g.i AS name,
           CASE WHEN c.region = 'jp' THEN placeJa || fieldJa || g.i ELSE NULL END AS "nameJa",
           place AS city,
           'We work on ' || lower(field) || ' ' || lower(kind) || ' in ' || place
             || ': recovery of strategic metals from end-of-life products, production scrap and residues, '
             || 'with partners along the value chain.' AS description
      FROM (SELECT (CASE WHEN c.region = 'jp' THEN ARRAY['Tokyo','Osaka','Nagoya','Kobe','Sendai','Fukuoka','Sapporo','Kitakyushu']
                         ELSE ARRAY['Gdańsk','Kraków','Düsseldorf','Västerås','Besançon','Łódź','Poznań','Málaga'] END)[1 + floor(random() * 8)::int + g.i * 0] AS place,
                   (ARRAY['東京','大阪','名古屋','神戸','仙台','福岡','札幌','北九州'])[1 + floor(random() * 8)::int] AS placeJa,
                   (ARRAY['Battery','Magnet','Catalyst','Solar','Metals','Cathode','Hydrogen','E-Waste'])[1 + floor(random() * 8)::int] AS field,
                   (ARRAY['リサイクル','マテリアル','精錬','電池','磁石','触媒'])[1 + floor(random() * 6)::int] AS fieldJa,
                   (ARRAY['Recycling','Refining','Materials','Technologies','Dismantling','Systems'])[1 + floor(random() * 6)::int] AS kind) AS words
  ) AS n;
ANALYZE "Organisation";
`
