-- The similar-fact-checks index, in the database (lib/data/fact-checks/match-index.ts). The
-- postings and term counts are WITHOUT ROWID tables: stored in their primary key's order,
-- without a second copy of it. npm start fills the index from the existing rows.
-- CreateTable
CREATE TABLE "MatchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "claimLength" INTEGER NOT NULL,
    "headlineLength" INTEGER NOT NULL,
    "appearanceLength" INTEGER NOT NULL,
    "terms" TEXT NOT NULL,
    "claimTermCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "MatchPosting" (
    "term" TEXT NOT NULL,
    "entryId" INTEGER NOT NULL,
    "weight" REAL NOT NULL,

    PRIMARY KEY ("term", "entryId")
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "MatchTerm" (
    "term" TEXT NOT NULL PRIMARY KEY,
    "entries" INTEGER NOT NULL
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "MatchTotals" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entries" INTEGER NOT NULL,
    "claimLength" BIGINT NOT NULL,
    "headlineLength" BIGINT NOT NULL,
    "appearanceLength" BIGINT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchEntry_key_key" ON "MatchEntry"("key");

-- CreateIndex
CREATE INDEX "MatchPosting_term_weight_idx" ON "MatchPosting"("term", "weight");

-- CreateIndex
CREATE INDEX "MatchPosting_entryId_idx" ON "MatchPosting"("entryId");

