-- CreateTable
CREATE TABLE "SuggestionModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "trainedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "labels" INTEGER NOT NULL,
    "weights" TEXT NOT NULL,
    "evaluation" TEXT NOT NULL,
    "trainedById" TEXT,
    "retiredAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionModel_version_key" ON "SuggestionModel"("version");

-- CreateIndex
CREATE INDEX "SuggestionModel_retiredAt_trainedAt_idx" ON "SuggestionModel"("retiredAt", "trainedAt");
