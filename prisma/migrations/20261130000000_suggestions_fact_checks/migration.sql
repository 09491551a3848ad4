-- CreateTable
CREATE TABLE "SentenceScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "cues" TEXT NOT NULL,
    "dismissedAt" DATETIME,
    "dismissedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SentenceScore_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExternalFactCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "rating" TEXT,
    "reviewer" TEXT,
    "claimAuthor" TEXT,
    "reviewedOn" TEXT,
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "relation" TEXT NOT NULL DEFAULT 'SAME_CLAIM',
    "linkedClaimId" TEXT,
    "factCheckId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLink_linkedClaimId_fkey" FOREIGN KEY ("linkedClaimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLink_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "ExternalFactCheck" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'ANNOTATOR',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" DATETIME,
    "showSuggestions" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "disabledAt", "email", "id", "name", "passwordHash", "role", "sessionVersion", "updatedAt") SELECT "createdAt", "disabledAt", "email", "id", "name", "passwordHash", "role", "sessionVersion", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

