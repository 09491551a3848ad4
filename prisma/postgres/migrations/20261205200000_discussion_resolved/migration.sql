-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "discussionResolvedAt" TIMESTAMP(3),
ADD COLUMN     "discussionResolvedById" TEXT;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_discussionResolvedById_fkey" FOREIGN KEY ("discussionResolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

