-- Search across everything (lib/data/search): an FTS5 index with the trigram tokenizer over each
-- searchable text (so CJK text and parts of words match), external content read from the table itself
-- by rowid, kept in step by triggers in the writing transaction. The app never VACUUMs, which could
-- renumber these tables' rowids.

CREATE VIRTUAL TABLE "DocumentFts" USING fts5("title", "plainText", content="Document", content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER "Document_fts_insert" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "DocumentFts"(rowid, "title", "plainText") VALUES (new.rowid, new."title", new."plainText");
END;
CREATE TRIGGER "Document_fts_delete" AFTER DELETE ON "Document" BEGIN
  INSERT INTO "DocumentFts"("DocumentFts", rowid, "title", "plainText") VALUES ('delete', old.rowid, old."title", old."plainText");
END;
CREATE TRIGGER "Document_fts_update" AFTER UPDATE OF "title", "plainText" ON "Document" BEGIN
  INSERT INTO "DocumentFts"("DocumentFts", rowid, "title", "plainText") VALUES ('delete', old.rowid, old."title", old."plainText");
  INSERT INTO "DocumentFts"(rowid, "title", "plainText") VALUES (new.rowid, new."title", new."plainText");
END;
INSERT INTO "DocumentFts"("DocumentFts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "ClaimFts" USING fts5("exact", content="Claim", content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER "Claim_fts_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimFts"(rowid, "exact") VALUES (new.rowid, new."exact");
END;
CREATE TRIGGER "Claim_fts_delete" AFTER DELETE ON "Claim" BEGIN
  INSERT INTO "ClaimFts"("ClaimFts", rowid, "exact") VALUES ('delete', old.rowid, old."exact");
END;
CREATE TRIGGER "Claim_fts_update" AFTER UPDATE OF "exact" ON "Claim" BEGIN
  INSERT INTO "ClaimFts"("ClaimFts", rowid, "exact") VALUES ('delete', old.rowid, old."exact");
  INSERT INTO "ClaimFts"(rowid, "exact") VALUES (new.rowid, new."exact");
END;
INSERT INTO "ClaimFts"("ClaimFts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "NoteFts" USING fts5("rationale", content="Note", content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER "Note_fts_insert" AFTER INSERT ON "Note" BEGIN
  INSERT INTO "NoteFts"(rowid, "rationale") VALUES (new.rowid, new."rationale");
END;
CREATE TRIGGER "Note_fts_delete" AFTER DELETE ON "Note" BEGIN
  INSERT INTO "NoteFts"("NoteFts", rowid, "rationale") VALUES ('delete', old.rowid, old."rationale");
END;
CREATE TRIGGER "Note_fts_update" AFTER UPDATE OF "rationale" ON "Note" BEGIN
  INSERT INTO "NoteFts"("NoteFts", rowid, "rationale") VALUES ('delete', old.rowid, old."rationale");
  INSERT INTO "NoteFts"(rowid, "rationale") VALUES (new.rowid, new."rationale");
END;
INSERT INTO "NoteFts"("NoteFts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "SourceFts" USING fts5("url", "title", content="Source", content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER "Source_fts_insert" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "SourceFts"(rowid, "url", "title") VALUES (new.rowid, new."url", new."title");
END;
CREATE TRIGGER "Source_fts_delete" AFTER DELETE ON "Source" BEGIN
  INSERT INTO "SourceFts"("SourceFts", rowid, "url", "title") VALUES ('delete', old.rowid, old."url", old."title");
END;
CREATE TRIGGER "Source_fts_update" AFTER UPDATE OF "url", "title" ON "Source" BEGIN
  INSERT INTO "SourceFts"("SourceFts", rowid, "url", "title") VALUES ('delete', old.rowid, old."url", old."title");
  INSERT INTO "SourceFts"(rowid, "url", "title") VALUES (new.rowid, new."url", new."title");
END;
INSERT INTO "SourceFts"("SourceFts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "ReplyFts" USING fts5("body", content="Reply", content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER "Reply_fts_insert" AFTER INSERT ON "Reply" BEGIN
  INSERT INTO "ReplyFts"(rowid, "body") VALUES (new.rowid, new."body");
END;
CREATE TRIGGER "Reply_fts_delete" AFTER DELETE ON "Reply" BEGIN
  INSERT INTO "ReplyFts"("ReplyFts", rowid, "body") VALUES ('delete', old.rowid, old."body");
END;
CREATE TRIGGER "Reply_fts_update" AFTER UPDATE OF "body" ON "Reply" BEGIN
  INSERT INTO "ReplyFts"("ReplyFts", rowid, "body") VALUES ('delete', old.rowid, old."body");
  INSERT INTO "ReplyFts"(rowid, "body") VALUES (new.rowid, new."body");
END;
INSERT INTO "ReplyFts"("ReplyFts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "ExternalFactCheckFts" USING fts5("claimReviewed", "headline", content="ExternalFactCheck", content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER "ExternalFactCheck_fts_insert" AFTER INSERT ON "ExternalFactCheck" BEGIN
  INSERT INTO "ExternalFactCheckFts"(rowid, "claimReviewed", "headline") VALUES (new.rowid, new."claimReviewed", new."headline");
END;
CREATE TRIGGER "ExternalFactCheck_fts_delete" AFTER DELETE ON "ExternalFactCheck" BEGIN
  INSERT INTO "ExternalFactCheckFts"("ExternalFactCheckFts", rowid, "claimReviewed", "headline") VALUES ('delete', old.rowid, old."claimReviewed", old."headline");
END;
CREATE TRIGGER "ExternalFactCheck_fts_update" AFTER UPDATE OF "claimReviewed", "headline" ON "ExternalFactCheck" BEGIN
  INSERT INTO "ExternalFactCheckFts"("ExternalFactCheckFts", rowid, "claimReviewed", "headline") VALUES ('delete', old.rowid, old."claimReviewed", old."headline");
  INSERT INTO "ExternalFactCheckFts"(rowid, "claimReviewed", "headline") VALUES (new.rowid, new."claimReviewed", new."headline");
END;
INSERT INTO "ExternalFactCheckFts"("ExternalFactCheckFts") VALUES ('rebuild');
