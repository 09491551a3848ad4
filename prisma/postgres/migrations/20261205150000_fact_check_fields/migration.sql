-- AlterTable
ALTER TABLE "ExternalFactCheck" ADD COLUMN "headline" TEXT;
ALTER TABLE "ExternalFactCheck" ADD COLUMN "appearance" TEXT;
ALTER TABLE "ExternalFactCheck" ADD COLUMN "inLanguage" TEXT;
