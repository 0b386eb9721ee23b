-- AlterTable
ALTER TABLE "MakerConsent" ADD COLUMN     "language" TEXT,
ADD COLUMN     "wording" TEXT;

-- AlterTable
ALTER TABLE "ConsentEvent" ADD COLUMN     "language" TEXT,
ADD COLUMN     "wording" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "language" TEXT;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "fromName" TEXT;

