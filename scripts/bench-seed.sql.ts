/**
 * Synthetic organisations for benchmarks, generated inside PostgreSQL (fast at 100k): about 45% EU,
 * 35% Japan, 20% third countries; 1-3 roles, 2-8 materials, 0-3 technologies, 1-3 offers and seeks,
 * 0-3 markets; 90% approved; last changed within the past year. setseed() makes every run produce the
 * same data.
 */
export const seedSql = (count: number) => `
SELECT setseed(0.42);
INSERT INTO "Organisation" ("id", "slug", "name", "country", "region", "description", "roles", "materials",
  "technologies", "offers", "seeks", "markets", "languages", "status", "approvedAt", "searchText", "updatedAt")
SELECT 'bench-' || g.i, 'bench-' || g.i, 'Bench Organisation ' || g.i, c.country, c.region::"Region",
       'Synthetic organisation ' || g.i || ' working on the circular economy of strategic metals.',
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'role' AND g.i > 0 ORDER BY random() LIMIT 1 + floor(random() * 3)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'material' AND g.i > 0 ORDER BY random() * (CASE WHEN t."euStrategic" THEN 0.5 ELSE 1 END) LIMIT 2 + floor(random() * 7)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'technology' AND g.i > 0 ORDER BY random() LIMIT floor(random() * 4)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'cooperation' AND g.i > 0 ORDER BY random() LIMIT 1 + floor(random() * 3)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'cooperation' AND g.i > 0 ORDER BY random() LIMIT 1 + floor(random() * 3)::int),
       ARRAY(SELECT code FROM "TaxonomyTerm" t WHERE t.kind = 'market' AND g.i > 0 ORDER BY random() LIMIT floor(random() * 4)::int),
       ARRAY['en'] || CASE WHEN c.region = 'jp' THEN ARRAY['ja'] ELSE ARRAY[]::text[] END,
       CASE WHEN random() < 0.9 THEN 'approved'::"ProfileStatus" ELSE 'draft'::"ProfileStatus" END,
       now() - (random() * interval '365 days'),
       'bench organisation ' || g.i || ' synthetic organisation working on the circular economy of strategic metals',
       now() - (random() * interval '365 days')
  FROM generate_series(1, ${count}) AS g(i)
  CROSS JOIN LATERAL (
    SELECT CASE WHEN r < 0.45 THEN (ARRAY['DE','FR','SE','NL','BE','IT','ES','PL','FI','AT'])[1 + floor(random() * 10)::int]
                WHEN r < 0.80 THEN 'JP'
                ELSE (ARRAY['ID','CL','IN','VN','ZA','BR','KZ','AU','MA','TH'])[1 + floor(random() * 10)::int] END AS country,
           CASE WHEN r < 0.45 THEN 'eu' WHEN r < 0.80 THEN 'jp' ELSE 'third' END AS region
      FROM (SELECT random() + g.i * 0 AS r) AS roll
  ) AS c;
ANALYZE "Organisation";
`
