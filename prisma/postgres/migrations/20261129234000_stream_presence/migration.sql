-- CreateTable
CREATE TABLE "StreamPresence" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "lastSeen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StreamPresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StreamPresence_documentId_lastSeen_idx" ON "StreamPresence"("documentId", "lastSeen");

