-- AlterTable
ALTER TABLE "DocumentRevision" ADD COLUMN "sentenceCount" INTEGER;
