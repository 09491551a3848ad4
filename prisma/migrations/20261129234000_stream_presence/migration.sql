-- CreateTable
CREATE TABLE "StreamPresence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "lastSeen" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "StreamPresence_documentId_lastSeen_idx" ON "StreamPresence"("documentId", "lastSeen");

