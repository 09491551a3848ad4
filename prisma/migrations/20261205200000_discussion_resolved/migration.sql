-- A claim's general discussion can be resolved like a note's thread. Added in place (no table
-- rebuild): SQLite accepts a REFERENCES clause on a new column whose default is NULL.
ALTER TABLE "Claim" ADD COLUMN "discussionResolvedAt" DATETIME;
ALTER TABLE "Claim" ADD COLUMN "discussionResolvedById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
