-- AlterTable
ALTER TABLE "MakerConsent" ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SafetyReview" (
    "id" TEXT NOT NULL,
    "makerId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafetyReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SafetyReview_makerId_createdAt_idx" ON "SafetyReview"("makerId", "createdAt");

-- AddForeignKey
ALTER TABLE "SafetyReview" ADD CONSTRAINT "SafetyReview_makerId_fkey" FOREIGN KEY ("makerId") REFERENCES "Maker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyReview" ADD CONSTRAINT "SafetyReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

