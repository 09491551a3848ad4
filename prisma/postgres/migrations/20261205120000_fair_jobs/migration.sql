-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "ownerId" TEXT;

-- CreateIndex
CREATE INDEX "Job_ownerId_lockedAt_idx" ON "Job"("ownerId", "lockedAt");

