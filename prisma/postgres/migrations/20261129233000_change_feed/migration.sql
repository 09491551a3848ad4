-- CreateTable
CREATE TABLE "ChangeFeed" (
    "seq" SERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeFeed_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "ChangeFeed_documentId_seq_idx" ON "ChangeFeed"("documentId", "seq");


-- Every event about a document enters the live-update feed in the same transaction, and
-- every instance LISTENing on "claimmark_changes" hears its seq when that transaction commits.
CREATE FUNCTION "claimmark_change_feed"() RETURNS trigger AS $$
DECLARE
  new_seq INTEGER;
BEGIN
  INSERT INTO "ChangeFeed" ("eventId", "documentId", "claimId", "actorId", "action", "createdAt")
  VALUES (NEW."id", NEW."documentId", NEW."claimId", NEW."actorId", NEW."action", CURRENT_TIMESTAMP)
  RETURNING "seq" INTO new_seq;
  PERFORM pg_notify('claimmark_changes', new_seq::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Event_change_feed" AFTER INSERT ON "Event"
FOR EACH ROW WHEN (NEW."documentId" IS NOT NULL)
EXECUTE FUNCTION "claimmark_change_feed"();
