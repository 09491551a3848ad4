-- CreateTable
CREATE TABLE "PublishedFactCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "claimAuthor" TEXT,
    "claimPublisher" TEXT,
    "claimDate" TEXT,
    "claimUrl" TEXT,
    "sourcesJson" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "reviewerName" TEXT,
    "searchText" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "firstPublishedAt" DATETIME NOT NULL,
    "modifiedAt" DATETIME NOT NULL,
    "underReviewSince" DATETIME,
    "unpublishedAt" DATETIME,
    "unpublishReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "PublishedFactCheck_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactCheckCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "factCheckId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FactCheckCorrection_factCheckId_fkey" FOREIGN KEY ("factCheckId") REFERENCES "PublishedFactCheck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeskSettings" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationName" TEXT NOT NULL,
    "organisationUrl" TEXT NOT NULL,
    "logoUrl" TEXT,
    "licenceName" TEXT NOT NULL,
    "licenceUrl" TEXT,
    "ratingWorst" INTEGER NOT NULL,
    "ratingBest" INTEGER NOT NULL,
    "ratingValuesJson" TEXT NOT NULL,
    "showReviewerNames" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedFactCheck_slug_key" ON "PublishedFactCheck"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedFactCheck_claimId_key" ON "PublishedFactCheck"("claimId");

-- CreateIndex
CREATE INDEX "PublishedFactCheck_unpublishedAt_firstPublishedAt_idx" ON "PublishedFactCheck"("unpublishedAt", "firstPublishedAt");

-- CreateIndex
CREATE INDEX "FactCheckCorrection_factCheckId_createdAt_idx" ON "FactCheckCorrection"("factCheckId", "createdAt");

