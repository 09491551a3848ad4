-- CreateTable
CREATE TABLE "SourceCapture" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "title" TEXT,
    "text" TEXT,
    "headersJson" TEXT,
    "html" BYTEA,
    "mhtml" BYTEA,
    "png" BYTEA,
    "pdf" BYTEA,
    "htmlSha256" TEXT,
    "mhtmlSha256" TEXT,
    "pngSha256" TEXT,
    "pdfSha256" TEXT,
    "capturedAt" TIMESTAMP(3),
    "recheckState" TEXT,
    "recheckedAt" TIMESTAMP(3),
    "recheckDetail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceCapture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceCapture_url_createdAt_idx" ON "SourceCapture"("url", "createdAt");

-- CreateIndex
CREATE INDEX "SourceCapture_status_capturedAt_idx" ON "SourceCapture"("status", "capturedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SourceCapture_url_day_key" ON "SourceCapture"("url", "day");

-- CreateIndex
CREATE INDEX "Job_status_runAfter_idx" ON "Job"("status", "runAfter");

-- CreateIndex
CREATE INDEX "Job_status_lockedAt_idx" ON "Job"("status", "lockedAt");

