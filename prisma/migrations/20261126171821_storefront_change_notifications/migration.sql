-- Every change to what a shopper can see notifies the server processes, which drop their cached
-- anonymous pages (scripts/lib/page-cache.ts). Statement-level, so a bulk update sends one
-- notification, and PostgreSQL delivers it at commit and folds repeats within a transaction.
-- Tables whose changes can never show on a public page (bags, sessions, orders, audit, mail)
-- have no trigger; tests/integration/page-cache.test.ts requires every table to be one or the other.
CREATE FUNCTION "notify_storefront_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('storefront_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  public_table text;
BEGIN
  FOREACH public_table IN ARRAY ARRAY[
    'Product', 'ProductVariant', 'ProductImage', 'InventoryLedgerEntry',
    'Collection', 'CollectionProduct',
    'Article', 'ArticleProduct', 'ArticleCollection',
    'Maker', 'MakerProfileVersion', 'MakerConsent', 'ConsentEvent', 'SafetyReview'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "%s_notify_storefront" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION "notify_storefront_changed"()',
      public_table, public_table);
  END LOOP;
END;
$$;
