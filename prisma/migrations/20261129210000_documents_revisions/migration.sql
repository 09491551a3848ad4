-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "plainText" TEXT NOT NULL,
    "contentJson" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceName" TEXT,
    "importNote" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimAnchor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimAnchor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "originalUrl" TEXT,
    "plainText" TEXT NOT NULL,
    "contentJson" TEXT NOT NULL,
    "currentRevision" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Document" ("contentJson", "createdAt", "id", "plainText", "slug", "title", "updatedAt") SELECT "contentJson", "createdAt", "id", "plainText", "slug", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");
CREATE INDEX "Document_archivedAt_createdAt_idx" ON "Document"("archivedAt", "createdAt");
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "anchorState" TEXT NOT NULL DEFAULT 'exact',
    "status" TEXT NOT NULL DEFAULT 'FLAGGED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "assigneeId" TEXT,
    "finalVerdict" TEXT,
    "finalSummary" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "withdrawnAt" DATETIME,
    "noteCount" INTEGER NOT NULL DEFAULT 0,
    "verdictSpread" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("assigneeId", "authorId", "createdAt", "documentId", "end", "exact", "finalSummary", "finalVerdict", "id", "lastActivityAt", "noteCount", "prefix", "reviewedAt", "reviewedById", "searchText", "start", "status", "suffix", "updatedAt", "verdictSpread", "version", "withdrawnAt") SELECT "assigneeId", "authorId", "createdAt", "documentId", "end", "exact", "finalSummary", "finalVerdict", "id", "lastActivityAt", "noteCount", "prefix", "reviewedAt", "reviewedById", "searchText", "start", "status", "suffix", "updatedAt", "verdictSpread", "version", "withdrawnAt" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_documentId_withdrawnAt_start_idx" ON "Claim"("documentId", "withdrawnAt", "start");
CREATE INDEX "Claim_withdrawnAt_status_lastActivityAt_idx" ON "Claim"("withdrawnAt", "status", "lastActivityAt");
CREATE INDEX "Claim_withdrawnAt_lastActivityAt_idx" ON "Claim"("withdrawnAt", "lastActivityAt");
CREATE INDEX "Claim_withdrawnAt_createdAt_idx" ON "Claim"("withdrawnAt", "createdAt");
CREATE INDEX "Claim_withdrawnAt_verdictSpread_lastActivityAt_idx" ON "Claim"("withdrawnAt", "verdictSpread", "lastActivityAt");
CREATE INDEX "Claim_assigneeId_lastActivityAt_idx" ON "Claim"("assigneeId", "lastActivityAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRevision_documentId_number_key" ON "DocumentRevision"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAnchor_claimId_revision_key" ON "ClaimAnchor"("claimId", "revision");


-- Backfill: every existing document's text becomes its revision 1.
INSERT INTO "DocumentRevision" ("id", "documentId", "number", "plainText", "contentJson", "sourceKind", "createdAt")
SELECT 'rev1-' || "id", "id", 1, "plainText", "contentJson", 'seed', "createdAt" FROM "Document";
UPDATE "Document" SET "searchText" = lower("title");
