-- CreateTable
CREATE TABLE "MatchEntry" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "claimLength" INTEGER NOT NULL,
    "headlineLength" INTEGER NOT NULL,
    "appearanceLength" INTEGER NOT NULL,
    "terms" TEXT NOT NULL,
    "claimTermCount" INTEGER NOT NULL,

    CONSTRAINT "MatchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchPosting" (
    "term" TEXT NOT NULL,
    "entryId" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MatchPosting_pkey" PRIMARY KEY ("term","entryId")
);

-- CreateTable
CREATE TABLE "MatchTerm" (
    "term" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "MatchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "MatchTotals" (
    "id" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,
    "claimLength" BIGINT NOT NULL,
    "headlineLength" BIGINT NOT NULL,
    "appearanceLength" BIGINT NOT NULL,

    CONSTRAINT "MatchTotals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchEntry_key_key" ON "MatchEntry"("key");

-- CreateIndex
CREATE INDEX "MatchPosting_term_weight_idx" ON "MatchPosting"("term", "weight");

-- CreateIndex
CREATE INDEX "MatchPosting_entryId_idx" ON "MatchPosting"("entryId");

