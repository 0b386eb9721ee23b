-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchDocument" tsvector;

-- CreateIndex
CREATE INDEX "Product_searchDocument_idx" ON "Product" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Product_name_idx" ON "Product" USING GIN ("name" gin_trgm_ops);



-- ---------------------------------------------------------------------------------------
-- Hand-written: keeping "searchDocument" current, and typo-tolerant name matching.

-- Titles of the published collections a product belongs to: by price band
-- ([priceMin, priceMax)) when the collection has one, otherwise by its hand-picked rows.
CREATE FUNCTION "product_collection_titles"(product_id text, price_from integer) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(c."title", ' ' ORDER BY c."position"), '')
  FROM "Collection" c
  WHERE c."status" = 'PUBLISHED'
    AND CASE
      WHEN c."priceMin" IS NOT NULL OR c."priceMax" IS NOT NULL
        THEN price_from >= coalesce(c."priceMin", 0) AND (c."priceMax" IS NULL OR price_from < c."priceMax")
      ELSE EXISTS (SELECT 1 FROM "CollectionProduct" cp WHERE cp."collectionId" = c."id" AND cp."productId" = product_id)
    END
$$;

CREATE FUNCTION "product_search_document"(p "Product") RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', p."name"), 'A')
      || setweight(to_tsvector('english', concat_ws(' ', lower(p."category"::text), p."summary", p."materials",
                                          "product_collection_titles"(p."id", p."priceFrom"))), 'B')
      || setweight(to_tsvector('english', p."description"), 'C')
$$;

CREATE FUNCTION "product_search_document_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchDocument" := "product_search_document"(NEW);
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Product_search_document"
  BEFORE INSERT OR UPDATE OF "name", "category", "summary", "materials", "description", "priceFrom" ON "Product"
  FOR EACH ROW EXECUTE FUNCTION "product_search_document_refresh"();

-- Hand-picked rows added, moved or removed: refresh the products on either side.
-- (Transition tables allow one event per trigger, hence three triggers on one function.)
CREATE FUNCTION "collection_product_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Product" p SET "searchDocument" = "product_search_document"(p)
    WHERE p."id" IN (SELECT "productId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Product" p SET "searchDocument" = "product_search_document"(p)
    WHERE p."id" IN (SELECT "productId" FROM old_rows);
  ELSE
    UPDATE "Product" p SET "searchDocument" = "product_search_document"(p)
    WHERE p."id" IN (SELECT "productId" FROM old_rows UNION SELECT "productId" FROM new_rows);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "CollectionProduct_search_insert"
  AFTER INSERT ON "CollectionProduct" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "collection_product_search_refresh"();
CREATE TRIGGER "CollectionProduct_search_delete"
  AFTER DELETE ON "CollectionProduct" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "collection_product_search_refresh"();
CREATE TRIGGER "CollectionProduct_search_update"
  AFTER UPDATE ON "CollectionProduct" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "collection_product_search_refresh"();

-- A collection's title, status or price band changed: refresh its members before and after.
CREATE FUNCTION "collection_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Product" p SET "searchDocument" = "product_search_document"(p)
  WHERE p."id" IN (SELECT cp."productId" FROM "CollectionProduct" cp WHERE cp."collectionId" IN (OLD."id", NEW."id"))
     OR (OLD."priceMin" IS NOT NULL OR OLD."priceMax" IS NOT NULL)
        AND p."priceFrom" >= coalesce(OLD."priceMin", 0) AND (OLD."priceMax" IS NULL OR p."priceFrom" < OLD."priceMax")
     OR (NEW."priceMin" IS NOT NULL OR NEW."priceMax" IS NOT NULL)
        AND p."priceFrom" >= coalesce(NEW."priceMin", 0) AND (NEW."priceMax" IS NULL OR p."priceFrom" < NEW."priceMax");
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Collection_search_insert"
  AFTER INSERT ON "Collection"
  FOR EACH ROW WHEN (NEW."priceMin" IS NOT NULL OR NEW."priceMax" IS NOT NULL)
  EXECUTE FUNCTION "collection_search_refresh"();
CREATE TRIGGER "Collection_search_update"
  AFTER UPDATE OF "title", "status", "priceMin", "priceMax" ON "Collection"
  FOR EACH ROW EXECUTE FUNCTION "collection_search_refresh"();
CREATE TRIGGER "Collection_search_delete"
  AFTER DELETE ON "Collection"
  FOR EACH ROW WHEN (OLD."priceMin" IS NOT NULL OR OLD."priceMax" IS NOT NULL)
  EXECUTE FUNCTION "collection_search_refresh"();

-- Names whose words are close to any of `words` (word_similarity of at least 0.3), with the
-- summed similarity. The SET clause lowers pg_trgm's threshold for this function only, so the
-- <% operator can use the trigram index on "name".
CREATE FUNCTION "product_name_matches"(words text[]) RETURNS TABLE ("id" text, "similarity" real)
LANGUAGE sql STABLE SET pg_trgm.word_similarity_threshold = 0.3 AS $$
  SELECT p."id", sum(word_similarity(w.word, p."name"))::real
  FROM unnest(words) AS w(word)
  JOIN "Product" p ON w.word <% p."name"
  GROUP BY p."id"
$$;

-- Products that exist already.
UPDATE "Product" p SET "searchDocument" = "product_search_document"(p);
