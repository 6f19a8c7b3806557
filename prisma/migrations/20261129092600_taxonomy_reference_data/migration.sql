-- Taxonomy reference data. Sources for the material flags: docs/taxonomy.md.

-- role
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "euStrategic", "euCritical", "jpRareMetal", "typicalMaterials") VALUES
  ('role', 'extraction', 'Exploration & mining', '探鉱・採掘', 0, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'refining', 'Primary processing & refining', '一次処理・製錬', 1, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'materials', 'Advanced materials & chemicals', '先端材料・化学品', 2, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'components', 'Component & cell manufacturing', '部品・セル製造', 3, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'product-development', 'Product development & eco-design', '製品開発・エコデザイン', 4, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'process-development', 'Process & equipment development', 'プロセス・装置開発', 5, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'use', 'Use, operation, repair, reuse & second life', '使用・保守・リユース・セカンドライフ', 6, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'collection', 'Collection & reverse logistics', '回収・静脈物流', 7, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'dismantling', 'Dismantling, sorting & pre-treatment', '解体・選別・前処理', 8, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'recycling', 'Recycling & recovery of secondary raw materials', 'リサイクル・二次原料回収', 9, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'research', 'Universities, research & technology organisations', '大学・研究機関', 10, false, false, false, ARRAY[]::TEXT[]),
  ('role', 'services', 'Testing, certification, advisory & finance', '試験・認証・コンサルティング・金融', 11, false, false, false, ARRAY[]::TEXT[]);

-- material
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "euStrategic", "euCritical", "jpRareMetal", "typicalMaterials") VALUES
  ('material', 'lithium', 'Lithium', 'リチウム', 0, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'cobalt', 'Cobalt', 'コバルト', 1, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'nickel', 'Nickel', 'ニッケル', 2, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'manganese', 'Manganese', 'マンガン', 3, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'graphite', 'Graphite (natural)', '黒鉛（天然）', 4, true, true, false, ARRAY[]::TEXT[]),
  ('material', 'copper', 'Copper', '銅', 5, true, true, false, ARRAY[]::TEXT[]),
  ('material', 'aluminium', 'Aluminium (bauxite, alumina)', 'アルミニウム（ボーキサイト・アルミナ）', 6, true, true, false, ARRAY[]::TEXT[]),
  ('material', 'silicon', 'Silicon metal', '金属ケイ素', 7, true, true, false, ARRAY[]::TEXT[]),
  ('material', 'gallium', 'Gallium', 'ガリウム', 8, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'germanium', 'Germanium', 'ゲルマニウム', 9, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'indium', 'Indium', 'インジウム', 10, false, false, true, ARRAY[]::TEXT[]),
  ('material', 'tellurium', 'Tellurium', 'テルル', 11, false, false, true, ARRAY[]::TEXT[]),
  ('material', 'selenium', 'Selenium', 'セレン', 12, false, false, true, ARRAY[]::TEXT[]),
  ('material', 'neodymium', 'Neodymium', 'ネオジム', 13, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'praseodymium', 'Praseodymium', 'プラセオジム', 14, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'dysprosium', 'Dysprosium', 'ジスプロシウム', 15, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'terbium', 'Terbium', 'テルビウム', 16, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'samarium', 'Samarium', 'サマリウム', 17, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'cerium', 'Cerium', 'セリウム', 18, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'lanthanum', 'Lanthanum', 'ランタン', 19, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'yttrium', 'Yttrium', 'イットリウム', 20, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'gadolinium', 'Gadolinium', 'ガドリニウム', 21, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'scandium', 'Scandium', 'スカンジウム', 22, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'platinum', 'Platinum', '白金', 23, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'palladium', 'Palladium', 'パラジウム', 24, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'iridium', 'Iridium', 'イリジウム', 25, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'rhodium', 'Rhodium', 'ロジウム', 26, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'ruthenium', 'Ruthenium', 'ルテニウム', 27, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'titanium', 'Titanium metal', '金属チタン', 28, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'tungsten', 'Tungsten', 'タングステン', 29, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'vanadium', 'Vanadium', 'バナジウム', 30, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'niobium', 'Niobium', 'ニオブ', 31, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'tantalum', 'Tantalum', 'タンタル', 32, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'antimony', 'Antimony', 'アンチモン', 33, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'bismuth', 'Bismuth', 'ビスマス', 34, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'boron', 'Boron', 'ホウ素', 35, true, true, true, ARRAY[]::TEXT[]),
  ('material', 'magnesium', 'Magnesium', 'マグネシウム', 36, true, true, false, ARRAY[]::TEXT[]),
  ('material', 'hafnium', 'Hafnium', 'ハフニウム', 37, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'zirconium', 'Zirconium', 'ジルコニウム', 38, false, false, true, ARRAY[]::TEXT[]),
  ('material', 'molybdenum', 'Molybdenum', 'モリブデン', 39, false, false, true, ARRAY[]::TEXT[]),
  ('material', 'chromium', 'Chromium', 'クロム', 40, false, false, true, ARRAY[]::TEXT[]),
  ('material', 'beryllium', 'Beryllium', 'ベリリウム', 41, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'strontium', 'Strontium', 'ストロンチウム', 42, false, true, true, ARRAY[]::TEXT[]),
  ('material', 'silver', 'Silver', '銀', 43, false, false, false, ARRAY[]::TEXT[]),
  ('material', 'phosphorus', 'Phosphorus (and phosphate rock)', 'リン（リン鉱石）', 44, false, true, false, ARRAY[]::TEXT[]),
  ('material', 'fluorspar', 'Fluorspar', '蛍石', 45, false, true, false, ARRAY[]::TEXT[]);

-- technology
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "euStrategic", "euCritical", "jpRareMetal", "typicalMaterials") VALUES
  ('technology', 'li-ion-battery', 'Lithium-ion batteries', 'リチウムイオン電池', 0, false, false, false, ARRAY['lithium', 'cobalt', 'nickel', 'manganese', 'graphite', 'copper', 'aluminium', 'phosphorus']::TEXT[]),
  ('technology', 'next-gen-battery', 'Next-generation batteries (sodium-ion, solid-state)', '次世代電池（ナトリウムイオン・全固体）', 1, false, false, false, ARRAY['lithium', 'nickel', 'manganese', 'lanthanum', 'zirconium']::TEXT[]),
  ('technology', 'permanent-magnet', 'Permanent magnets (NdFeB, SmCo)', '永久磁石（NdFeB・SmCo）', 2, false, false, false, ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'samarium', 'cobalt', 'boron']::TEXT[]),
  ('technology', 'wind-turbine', 'Wind turbines', '風力タービン', 3, false, false, false, ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'copper', 'aluminium']::TEXT[]),
  ('technology', 'ev-motor', 'Electric-vehicle motors', 'EVモーター', 4, false, false, false, ARRAY['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'copper']::TEXT[]),
  ('technology', 'photovoltaic', 'Photovoltaics', '太陽光発電', 5, false, false, false, ARRAY['silicon', 'silver', 'indium', 'gallium', 'tellurium', 'selenium', 'copper']::TEXT[]),
  ('technology', 'electrolyser', 'Electrolysers (PEM, alkaline, SOEC)', '水電解装置（PEM・アルカリ・SOEC）', 6, false, false, false, ARRAY['iridium', 'platinum', 'nickel', 'titanium', 'zirconium', 'yttrium', 'lanthanum', 'scandium']::TEXT[]),
  ('technology', 'fuel-cell', 'Fuel cells', '燃料電池', 7, false, false, false, ARRAY['platinum', 'ruthenium', 'zirconium', 'yttrium', 'lanthanum']::TEXT[]),
  ('technology', 'power-electronics', 'Power electronics (SiC, GaN)', 'パワーエレクトロニクス（SiC・GaN）', 8, false, false, false, ARRAY['gallium', 'silicon', 'germanium', 'tantalum']::TEXT[]),
  ('technology', 'catalyst', 'Catalysts', '触媒', 9, false, false, false, ARRAY['platinum', 'palladium', 'rhodium', 'cerium', 'lanthanum', 'vanadium', 'molybdenum']::TEXT[]),
  ('technology', 'electronics', 'Electrical & electronic equipment (WEEE)', '電気電子機器（WEEE）', 10, false, false, false, ARRAY['copper', 'silver', 'tantalum', 'indium', 'gallium', 'palladium', 'antimony', 'cobalt']::TEXT[]);

-- cooperation
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "euStrategic", "euCritical", "jpRareMetal", "typicalMaterials") VALUES
  ('cooperation', 'technology-licensing', 'Technology licensing', '技術ライセンス', 0, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'joint-rd', 'Joint research & development', '共同研究開発', 1, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'raw-materials', 'Supply of primary or secondary raw materials', '一次・二次原料の供給', 2, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'end-of-life-feedstock', 'End-of-life feedstock (scrap, batteries, magnets, panels)', '使用済み原料（スクラップ・電池・磁石・パネル）', 3, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'component-supply', 'Component supply', '部品供給', 4, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'recycling-services', 'Recycling services', 'リサイクルサービス', 5, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'equipment-engineering', 'Equipment & engineering', '設備・エンジニアリング', 6, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'investment', 'Investment or joint venture', '投資・合弁事業', 7, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'market-access', 'Market access (distribution, sales partner)', '市場アクセス（販売代理・販売パートナー）', 8, false, false, false, ARRAY[]::TEXT[]),
  ('cooperation', 'testing-certification', 'Testing & certification', '試験・認証', 9, false, false, false, ARRAY[]::TEXT[]);

-- market
INSERT INTO "TaxonomyTerm" ("kind", "code", "labelEn", "labelJa", "position", "euStrategic", "euCritical", "jpRareMetal", "typicalMaterials") VALUES
  ('market', 'asean', 'ASEAN', 'ASEAN', 0, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'india', 'India', 'インド', 1, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'africa', 'Africa', 'アフリカ', 2, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'latin-america', 'Latin America', '中南米', 3, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'central-asia', 'Central Asia', '中央アジア', 4, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'western-balkans', 'Western Balkans', '西バルカン', 5, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'eastern-partnership', 'Eastern Partnership', '東方パートナーシップ諸国', 6, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'australia-oceania', 'Australia & Oceania', 'オーストラリア・オセアニア', 7, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'north-america', 'North America', '北米', 8, false, false, false, ARRAY[]::TEXT[]),
  ('market', 'middle-east', 'Middle East', '中東', 9, false, false, false, ARRAY[]::TEXT[]);
