-- Streams that primary producers and refiners of the less common strategic metals supply or take: hard-metal
-- and titanium scrap, which their refineries take back, and two intermediate products. Sources in
-- docs/taxonomy.md.
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "typicalMaterials", "ewcCodes", "hsCodes", "hazardous") VALUES
  ('stream', 'tungsten-carbide-scrap', 'Tungsten carbide and hard-metal scrap', '超硬合金スクラップ（炭化タングステン）', 19,
    ARRAY['tungsten', 'cobalt'], ARRAY['12 01 03'], ARRAY['8101.97'], false),
  ('stream', 'titanium-scrap', 'Titanium scrap and turnings', 'チタンスクラップ・切削くず', 20,
    ARRAY['titanium'], ARRAY['12 01 03'], ARRAY['8108.30'], false),
  ('stream', 'lithium-ore-concentrate', 'Lithium ore concentrate (spodumene)', 'リチウム鉱石精鉱（スポジュメン）', 21,
    ARRAY['lithium'], ARRAY[]::TEXT[], ARRAY['2530.90'], false),
  ('stream', 'niobium-oxide', 'Niobium oxide', '酸化ニオブ', 22,
    ARRAY['niobium'], ARRAY[]::TEXT[], ARRAY['2825.90'], false);
