-- AlterTable
ALTER TABLE "SentenceScore" ADD COLUMN "reasons" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "SentenceScore" ADD COLUMN "modelVersion" TEXT NOT NULL DEFAULT 'cues-1';
