-- Staff-only maker data (her internal label, private notes) moves out of "Maker" into its own
-- table, which only back-office models read. Existing rows move with it, before the columns go.
-- No storefront notification: nothing in this table can ever show on a public page.

-- CreateTable
CREATE TABLE "MakerStaffRecord" (
    "makerId" TEXT NOT NULL,
    "internalLabel" TEXT NOT NULL,
    "privateNotes" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MakerStaffRecord_pkey" PRIMARY KEY ("makerId")
);

-- CreateIndex
CREATE INDEX "MakerStaffRecord_internalLabel_idx" ON "MakerStaffRecord"("internalLabel");

-- AddForeignKey
ALTER TABLE "MakerStaffRecord" ADD CONSTRAINT "MakerStaffRecord_makerId_fkey" FOREIGN KEY ("makerId") REFERENCES "Maker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move the data
INSERT INTO "MakerStaffRecord" ("makerId", "internalLabel", "privateNotes", "updatedAt")
  SELECT "id", "internalLabel", "privateNotes", "updatedAt" FROM "Maker";

-- AlterTable
ALTER TABLE "Maker" DROP COLUMN "internalLabel",
DROP COLUMN "privateNotes";
