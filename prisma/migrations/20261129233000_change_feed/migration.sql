-- CreateTable
CREATE TABLE "ChangeFeed" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ChangeFeed_documentId_seq_idx" ON "ChangeFeed"("documentId", "seq");


-- Every event about a document enters the live-update feed in the same transaction.
CREATE TRIGGER "Event_change_feed" AFTER INSERT ON "Event"
WHEN NEW."documentId" IS NOT NULL
BEGIN
  INSERT INTO "ChangeFeed" ("eventId", "documentId", "claimId", "actorId", "action", "createdAt")
  VALUES (NEW."id", NEW."documentId", NEW."claimId", NEW."actorId", NEW."action", CURRENT_TIMESTAMP);
END;
