-- DropIndex
DROP INDEX "Product_name_idx";

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "nameDocument" tsvector;

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Product_nameDocument_idx" ON "Product" USING GIN ("nameDocument");



-- ---------------------------------------------------------------------------------------
-- Hand-written: search whose work does not grow with the catalog. Name matches come from
-- "nameDocument" (found first, without reading every other match), and a misspelt word is
-- corrected against "SearchWord" (the shop's vocabulary) instead of comparing it with every
-- product name. The trigram comparison with every name goes, and its function with it.

DROP FUNCTION "product_name_matches"(text[]);

CREATE FUNCTION "search_words_of"(name text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(name), '[^[:alpha:]]+') AS w WHERE length(w) >= 3
$$;

CREATE OR REPLACE FUNCTION "product_search_document_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchDocument" := "product_search_document"(NEW);
  NEW."nameDocument" := to_tsvector('english', NEW."name");
  INSERT INTO "SearchWord" ("word")
    SELECT "search_words_of"(NEW."name") UNION SELECT lower(NEW."category"::text)
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;

-- Products and kinds of piece that exist already.
UPDATE "Product" SET "nameDocument" = to_tsvector('english', "name");
INSERT INTO "SearchWord" ("word")
  SELECT "search_words_of"("name") FROM "Product"
  UNION SELECT lower(c::text) FROM unnest(enum_range(NULL::"ProductCategory")) AS c
  ON CONFLICT DO NOTHING;
