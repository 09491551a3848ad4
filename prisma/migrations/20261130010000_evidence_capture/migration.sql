-- CreateTable
CREATE TABLE "SourceCapture" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "title" TEXT,
    "text" TEXT,
    "headersJson" TEXT,
    "html" BLOB,
    "mhtml" BLOB,
    "png" BLOB,
    "pdf" BLOB,
    "htmlSha256" TEXT,
    "mhtmlSha256" TEXT,
    "pngSha256" TEXT,
    "pdfSha256" TEXT,
    "capturedAt" DATETIME,
    "recheckState" TEXT,
    "recheckedAt" DATETIME,
    "recheckDetail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedAt" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
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

