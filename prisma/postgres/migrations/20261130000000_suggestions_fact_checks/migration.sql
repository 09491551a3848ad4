-- AlterTable
ALTER TABLE "User" ADD COLUMN     "showSuggestions" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SentenceScore" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "cues" TEXT NOT NULL,
    "dismissedAt" TIMESTAMP(3),
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentenceScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalFactCheck" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "rating" TEXT,
    "reviewer" TEXT,
    "claimAuthor" TEXT,
    "reviewedOn" TEXT,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "relation" TEXT NOT NULL DEFAULT 'SAME_CLAIM',
    "linkedClaimId" TEXT,
    "factCheckId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SentenceScore_documentId_revision_score_idx" ON "SentenceScore"("documentId", "revision", "score");

-- CreateIndex
CREATE UNIQUE INDEX "SentenceScore_documentId_revision_start_key" ON "SentenceScore"("documentId", "revision", "start");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalFactCheck_url_key" ON "ExternalFactCheck"("url");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_updatedAt_idx" ON "ExternalFactCheck"("updatedAt");

-- CreateIndex
CREATE INDEX "ClaimLink_linkedClaimId_idx" ON "ClaimLink"("linkedClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_claimId_linkedClaimId_key" ON "ClaimLink"("claimId", "linkedClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_claimId_factCheckId_key" ON "ClaimLink"("claimId", "factCheckId");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");

-- AddForeignKey
ALTER TABLE "SentenceScore" ADD CONSTRAINT "SentenceScore_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_linkedClaimId_fkey" FOREIGN KEY ("linkedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "ExternalFactCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

