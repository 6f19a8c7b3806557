-- Material streams (industrial symbiosis): reference data, in English and Japanese. Materials, List of Waste
-- (EWC) and HS codes and the hazardous flag: sources in docs/taxonomy.md. (The enum value 'stream' was added
-- by the previous migration: PostgreSQL uses a new enum value only once it is committed.)
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "typicalMaterials", "ewcCodes", "hsCodes", "hazardous") VALUES
  ('stream', 'eol-ev-batteries', 'End-of-life EV and industrial lithium-ion batteries', '使用済みEV・産業用リチウムイオン電池', 0,
    ARRAY['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper', 'aluminium'], ARRAY['16 06 05'], ARRAY['8549.13', '8549.14'], true),
  ('stream', 'eol-portable-batteries', 'End-of-life portable lithium-ion batteries', '使用済み小型リチウムイオン電池', 1,
    ARRAY['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper'], ARRAY['20 01 33*', '16 06 05'], ARRAY['8549.13', '8549.14'], true),
  ('stream', 'cell-production-scrap', 'Battery cell and electrode production scrap', '電池セル・電極の製造スクラップ', 2,
    ARRAY['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper', 'aluminium'], ARRAY[]::TEXT[], ARRAY['8549.13'], true),
  ('stream', 'black-mass', 'Black mass (shredded battery material)', 'ブラックマス（電池破砕物）', 3,
    ARRAY['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper'], ARRAY['19 12 11*'], ARRAY[]::TEXT[], true),
  ('stream', 'mixed-hydroxide-precipitate', 'Mixed hydroxide precipitate (MHP)', 'ニッケル・コバルト混合水酸化物（MHP）', 4,
    ARRAY['nickel', 'cobalt', 'manganese'], ARRAY[]::TEXT[], ARRAY['7501.20'], false),
  ('stream', 'nickel-cobalt-sulphate', 'Nickel and cobalt sulphate', '硫酸ニッケル・硫酸コバルト', 5,
    ARRAY['nickel', 'cobalt'], ARRAY[]::TEXT[], ARRAY['2833.24', '2833.29'], false),
  ('stream', 'lithium-carbonate-hydroxide', 'Lithium carbonate and lithium hydroxide', '炭酸リチウム・水酸化リチウム', 6,
    ARRAY['lithium'], ARRAY[]::TEXT[], ARRAY['2836.91', '2825.20'], false),
  ('stream', 'ndfeb-scrap', 'NdFeB magnet scrap and swarf', 'ネオジム磁石スクラップ・研削くず', 7,
    ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium'], ARRAY['12 01 03'], ARRAY[]::TEXT[], false),
  ('stream', 'eol-motors-magnets', 'End-of-life EV motors and wind-turbine magnets', '使用済みEVモーター・風車用磁石', 8,
    ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'copper'], ARRAY['16 01 22', '16 02 16'], ARRAY[]::TEXT[], false),
  ('stream', 'rare-earth-oxides', 'Separated rare-earth oxides and metals', '分離希土類酸化物・希土類金属', 9,
    ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium'], ARRAY[]::TEXT[], ARRAY['2846.90', '2805.30'], false),
  ('stream', 'spent-automotive-catalysts', 'Spent automotive catalysts', '使用済み自動車触媒', 10,
    ARRAY['platinum', 'palladium', 'rhodium', 'cerium'], ARRAY['16 08 01'], ARRAY['7112.92'], false),
  ('stream', 'spent-chemical-catalysts', 'Spent chemical and refinery PGM catalysts', '使用済み化学・石油精製用PGM触媒', 11,
    ARRAY['platinum', 'palladium', 'rhodium', 'ruthenium'], ARRAY['16 08 02*', '16 08 07*'], ARRAY['7112.92'], true),
  ('stream', 'eol-fuel-cells', 'End-of-life fuel-cell stacks and MEAs', '使用済み燃料電池スタック・MEA', 12,
    ARRAY['platinum', 'ruthenium', 'iridium'], ARRAY['16 02 16'], ARRAY['7112.92'], false),
  ('stream', 'spent-electrolyser-stacks', 'Spent electrolyser stacks', '使用済み水電解スタック', 13,
    ARRAY['iridium', 'platinum', 'titanium', 'nickel'], ARRAY['16 02 16'], ARRAY['7112.92'], false),
  ('stream', 'eol-pv-panels', 'End-of-life PV panels', '使用済み太陽光パネル', 14,
    ARRAY['silicon', 'silver', 'copper', 'aluminium', 'indium', 'gallium', 'tellurium'], ARRAY['16 02 14', '20 01 36'], ARRAY['8549.99'], false),
  ('stream', 'pv-silicon-kerf', 'PV silicon kerf (wafer sawing loss)', '太陽電池用シリコンの切断くず（カーフ）', 15,
    ARRAY['silicon'], ARRAY[]::TEXT[], ARRAY[]::TEXT[], false),
  ('stream', 'printed-circuit-boards', 'Printed circuit boards', 'プリント基板', 16,
    ARRAY['copper', 'silver', 'palladium', 'gallium', 'tantalum'], ARRAY['16 02 15*', '16 02 16'], ARRAY['8549.31', '8549.39'], true),
  ('stream', 'ga-in-ge-residues', 'Gallium-, indium- and germanium-bearing residues', 'ガリウム・インジウム・ゲルマニウム含有残渣', 17,
    ARRAY['gallium', 'indium', 'germanium'], ARRAY[]::TEXT[], ARRAY['2620.99'], false),
  ('stream', 'mixed-weee', 'Mixed waste electrical and electronic equipment', '混合廃電気電子機器', 18,
    ARRAY['copper', 'silver', 'palladium', 'tantalum', 'indium', 'gallium'], ARRAY['20 01 35*', '20 01 36', '16 02 13*', '16 02 14'], ARRAY['8549.21', '8549.29', '8549.91', '8549.99'], true);

-- The catch-all "end-of-life feedstock" put magnet scrap and batteries in one code: streams replace it.
UPDATE "TaxonomyTerm" SET "retiredAt" = CURRENT_TIMESTAMP
 WHERE "kind" = 'cooperation' AND "code" = 'end-of-life-feedstock' AND "retiredAt" IS NULL;

-- The streams a profile that offered or sought it most likely means, from its technologies, else its
-- materials (the same rule the import applies to files in the older format: legacyFeedstockStreams).
CREATE FUNCTION pg_temp.feedstock_streams(technologies TEXT[], materials TEXT[]) RETURNS TEXT[] AS $$
DECLARE found TEXT[] := ARRAY[]::TEXT[];
BEGIN
  IF technologies && ARRAY['li-ion-battery', 'next-gen-battery'] THEN found := array_append(found, 'eol-ev-batteries'); END IF;
  IF technologies && ARRAY['permanent-magnet', 'ev-motor', 'wind-turbine'] THEN found := array_append(found, 'ndfeb-scrap'); END IF;
  IF technologies && ARRAY['photovoltaic'] THEN found := array_append(found, 'eol-pv-panels'); END IF;
  IF technologies && ARRAY['catalyst'] THEN found := array_append(found, 'spent-automotive-catalysts'); END IF;
  IF technologies && ARRAY['fuel-cell'] THEN found := array_append(found, 'eol-fuel-cells'); END IF;
  IF technologies && ARRAY['electrolyser'] THEN found := array_append(found, 'spent-electrolyser-stacks'); END IF;
  IF technologies && ARRAY['electronics', 'power-electronics'] THEN found := array_append(found, 'printed-circuit-boards'); END IF;
  IF cardinality(found) > 0 THEN RETURN found; END IF;
  IF materials && ARRAY['lithium', 'cobalt', 'nickel'] THEN found := array_append(found, 'eol-ev-batteries'); END IF;
  IF materials && ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium'] THEN found := array_append(found, 'ndfeb-scrap'); END IF;
  IF materials && ARRAY['platinum', 'palladium', 'rhodium'] THEN found := array_append(found, 'spent-automotive-catalysts'); END IF;
  IF materials && ARRAY['gallium', 'indium', 'germanium'] THEN found := array_append(found, 'ga-in-ge-residues'); END IF;
  IF materials && ARRAY['silicon', 'silver'] THEN found := array_append(found, 'eol-pv-panels'); END IF;
  IF cardinality(found) > 0 THEN RETURN found; END IF;
  RETURN ARRAY['mixed-weee'];
END $$ LANGUAGE plpgsql IMMUTABLE;

WITH legacy AS (
  SELECT o."id",
         CASE WHEN 'end-of-life-feedstock' = ANY(o."offers")
              THEN pg_temp.feedstock_streams(o."technologies", o."materials") ELSE ARRAY[]::TEXT[] END AS supplies,
         CASE WHEN 'end-of-life-feedstock' = ANY(o."seeks")
              THEN pg_temp.feedstock_streams(o."technologies", o."materials") ELSE ARRAY[]::TEXT[] END AS takes
    FROM "Organisation" o
   WHERE 'end-of-life-feedstock' = ANY(o."offers") OR 'end-of-life-feedstock' = ANY(o."seeks")
)
UPDATE "Organisation" o SET
  "suppliesStreams" = o."suppliesStreams" || legacy.supplies,
  "takesStreams" = o."takesStreams" || legacy.takes,
  "streams" = o."streams"
    || (SELECT coalesce(jsonb_agg(jsonb_build_object('direction', 'supplies', 'stream', code, 'countries', '[]'::jsonb)), '[]'::jsonb)
          FROM unnest(legacy.supplies) AS code)
    || (SELECT coalesce(jsonb_agg(jsonb_build_object('direction', 'takes', 'stream', code, 'countries', '[]'::jsonb)), '[]'::jsonb)
          FROM unnest(legacy.takes) AS code),
  "offers" = array_remove(o."offers", 'end-of-life-feedstock'),
  "seeks" = array_remove(o."seeks", 'end-of-life-feedstock')
  FROM legacy
 WHERE o."id" = legacy."id";

-- Suggestions are scored anew with streams and the new rules.
DELETE FROM "SuggestionCache";
