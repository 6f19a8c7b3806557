-- Directory search that forgives accents, plurals and small typos in names, with indexes.
-- PostgreSQL's own tools: unaccent (Gdańsk = Gdansk), English stemming (magnets = magnet), and
-- trigrams (Umicre ~ Umicore; any substring, Japanese included where the database's character
-- classes know it).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- unaccent() is only STABLE (its rules file could change), so an index needs an IMMUTABLE wrapper
-- that names its dictionary; the directory queries call this same function.
CREATE FUNCTION public.directory_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- What text search reads, kept narrow and apart from the wide organisation rows: a search that matches
-- thousands of organisations then reads a few pages, not thousands. PostgreSQL keeps it in step with
-- "Organisation" (triggers below); the application only reads it (it is not in schema.prisma).
CREATE TABLE "OrganisationSearch" (
  "organisationId" text PRIMARY KEY REFERENCES "Organisation"("id") ON DELETE CASCADE,
  "nameFolded"     text NOT NULL,
  "searchFolded"   text NOT NULL,
  "searchWords"    tsvector NOT NULL,
  -- The directory's orders, so that a page of matches is chosen without reading the organisations.
  "nameSort"       text NOT NULL,
  "approvedAt"     timestamp(3)
);

-- Substrings of names, descriptions and city (both languages).
CREATE INDEX "OrganisationSearch_searchFolded_trgm_idx"
  ON "OrganisationSearch" USING gin ("searchFolded" public.gin_trgm_ops);
-- Words by their stem.
CREATE INDEX "OrganisationSearch_searchWords_idx" ON "OrganisationSearch" USING gin ("searchWords");
-- Names alike despite a typo.
CREATE INDEX "OrganisationSearch_nameFolded_trgm_idx"
  ON "OrganisationSearch" USING gin ("nameFolded" public.gin_trgm_ops);

CREATE FUNCTION "organisation_search_sync"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OrganisationSearch" ("organisationId", "nameFolded", "searchFolded", "searchWords", "nameSort", "approvedAt")
  VALUES (NEW."id", public.directory_fold(NEW."name"), public.directory_fold(NEW."searchText"),
          to_tsvector('pg_catalog.english'::regconfig, public.directory_fold(NEW."searchText")),
          lower(NEW."name"), NEW."approvedAt")
  ON CONFLICT ("organisationId") DO UPDATE
    SET "nameFolded" = EXCLUDED."nameFolded", "searchFolded" = EXCLUDED."searchFolded",
        "searchWords" = EXCLUDED."searchWords", "nameSort" = EXCLUDED."nameSort",
        "approvedAt" = EXCLUDED."approvedAt";
  RETURN NULL;
END $$;

CREATE TRIGGER "organisation_search_on_insert" AFTER INSERT ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION "organisation_search_sync"();
CREATE TRIGGER "organisation_search_on_update" AFTER UPDATE OF "name", "searchText", "approvedAt" ON "Organisation"
  FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."searchText" IS DISTINCT FROM NEW."searchText"
        OR OLD."approvedAt" IS DISTINCT FROM NEW."approvedAt")
  EXECUTE FUNCTION "organisation_search_sync"();

INSERT INTO "OrganisationSearch" ("organisationId", "nameFolded", "searchFolded", "searchWords", "nameSort", "approvedAt")
SELECT "id", public.directory_fold("name"), public.directory_fold("searchText"),
       to_tsvector('pg_catalog.english'::regconfig, public.directory_fold("searchText")), lower("name"), "approvedAt"
  FROM "Organisation";

-- pg_trgm's default (0.6) misses one letter left out of a seven-letter word (magnts: 0.57); 0.5 still
-- keeps unrelated names apart. The `<%` operator reads this setting, so the database carries it.
DO $$ BEGIN
  EXECUTE format('ALTER DATABASE %I SET pg_trgm.word_similarity_threshold = 0.5', current_database());
END $$;
