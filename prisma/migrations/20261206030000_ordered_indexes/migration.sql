-- DropIndex
DROP INDEX "Claim_withdrawnAt_status_lastActivityAt_idx";

-- DropIndex
DROP INDEX "Claim_withdrawnAt_lastActivityAt_idx";

-- DropIndex
DROP INDEX "Claim_withdrawnAt_createdAt_idx";

-- DropIndex
DROP INDEX "Claim_withdrawnAt_verdictSpread_lastActivityAt_idx";

-- CreateIndex
CREATE INDEX "Document_createdAt_idx" ON "Document"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_status_lastActivityAt_idx" ON "Claim"("status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Claim_lastActivityAt_idx" ON "Claim"("lastActivityAt");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_status_verdictSpread_noteCount_lastActivityAt_idx" ON "Claim"("status", "verdictSpread", "noteCount", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Claim_verdictSpread_noteCount_lastActivityAt_idx" ON "Claim"("verdictSpread", "noteCount", "lastActivityAt");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_createdAt_idx" ON "ExternalFactCheck"("createdAt");

-- CreateIndex
CREATE INDEX "Note_createdAt_idx" ON "Note"("createdAt");

-- CreateIndex
CREATE INDEX "Reply_createdAt_idx" ON "Reply"("createdAt");

