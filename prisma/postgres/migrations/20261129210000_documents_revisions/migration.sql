-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "author" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "currentRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "originalUrl" TEXT,
ADD COLUMN     "publishedOn" TEXT,
ADD COLUMN     "publisher" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorState" TEXT NOT NULL DEFAULT 'exact',
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "plainText" TEXT NOT NULL,
    "contentJson" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceName" TEXT,
    "importNote" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimAnchor" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRevision_documentId_number_key" ON "DocumentRevision"("documentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAnchor_claimId_revision_key" ON "ClaimAnchor"("claimId", "revision");

-- CreateIndex
CREATE INDEX "Document_archivedAt_createdAt_idx" ON "Document"("archivedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAnchor" ADD CONSTRAINT "ClaimAnchor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: every existing document's text becomes its revision 1.
INSERT INTO "DocumentRevision" ("id", "documentId", "number", "plainText", "contentJson", "sourceKind", "createdAt")
SELECT 'rev1-' || "id", "id", 1, "plainText", "contentJson", 'seed', "createdAt" FROM "Document";
UPDATE "Document" SET "searchText" = lower("title");
