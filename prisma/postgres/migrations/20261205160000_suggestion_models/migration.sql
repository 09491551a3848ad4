-- CreateTable
CREATE TABLE "SuggestionModel" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "labels" INTEGER NOT NULL,
    "weights" TEXT NOT NULL,
    "evaluation" TEXT NOT NULL,
    "trainedById" TEXT,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "SuggestionModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionModel_version_key" ON "SuggestionModel"("version");

-- CreateIndex
CREATE INDEX "SuggestionModel_retiredAt_trainedAt_idx" ON "SuggestionModel"("retiredAt", "trainedAt");
