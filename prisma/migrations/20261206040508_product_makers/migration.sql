-- A piece may have several makers (a collaboration): Product.makerId becomes the ProductMaker
-- table. The table is created and filled before the column goes, so no attribution is lost.

-- CreateTable
CREATE TABLE "ProductMaker" (
    "productId" TEXT NOT NULL,
    "makerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductMaker_pkey" PRIMARY KEY ("productId","makerId")
);

-- CreateIndex
CREATE INDEX "ProductMaker_makerId_idx" ON "ProductMaker"("makerId");

-- AddForeignKey
ALTER TABLE "ProductMaker" ADD CONSTRAINT "ProductMaker_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductMaker" ADD CONSTRAINT "ProductMaker_makerId_fkey" FOREIGN KEY ("makerId") REFERENCES "Maker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "ProductMaker" ("productId", "makerId") SELECT "id", "makerId" FROM "Product" WHERE "makerId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "Product" DROP CONSTRAINT "Product_makerId_fkey";

-- DropIndex
DROP INDEX "Product_makerId_idx";

-- AlterTable
ALTER TABLE "Product" DROP COLUMN "makerId";

-- Product pages credit makers from this table: a change must clear cached pages.
CREATE TRIGGER "ProductMaker_notify_storefront" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProductMaker"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_storefront_changed"();
