-- AlterTable: what each capture weighs and which document asked for it (storage quotas).
ALTER TABLE "SourceCapture" ADD COLUMN "documentId" TEXT;
ALTER TABLE "SourceCapture" ADD COLUMN "byteSize" INTEGER NOT NULL DEFAULT 0;

-- The captures kept so far count against the instance's quota from the start.
UPDATE "SourceCapture" SET "byteSize" = COALESCE(length("html"), 0) + COALESCE(length("mhtml"), 0)
  + COALESCE(length("png"), 0) + COALESCE(length("pdf"), 0);

-- CreateIndex
CREATE INDEX "SourceCapture_documentId_idx" ON "SourceCapture"("documentId");
