-- Search across everything (lib/data/search): trigram indexes (pg_trgm, a trusted extension any
-- database owner may create) on the lower-cased searchable texts, which LIKE '%…%' reads.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Document_title_trgm" ON "Document" USING gin (lower("title") gin_trgm_ops);
CREATE INDEX "Document_plainText_trgm" ON "Document" USING gin (lower("plainText") gin_trgm_ops);
CREATE INDEX "Claim_exact_trgm" ON "Claim" USING gin (lower("exact") gin_trgm_ops);
CREATE INDEX "Note_rationale_trgm" ON "Note" USING gin (lower("rationale") gin_trgm_ops);
CREATE INDEX "Source_url_trgm" ON "Source" USING gin (lower("url") gin_trgm_ops);
CREATE INDEX "Source_title_trgm" ON "Source" USING gin (lower("title") gin_trgm_ops);
CREATE INDEX "Reply_body_trgm" ON "Reply" USING gin (lower("body") gin_trgm_ops);
CREATE INDEX "ExternalFactCheck_claimReviewed_trgm" ON "ExternalFactCheck" USING gin (lower("claimReviewed") gin_trgm_ops);
CREATE INDEX "ExternalFactCheck_headline_trgm" ON "ExternalFactCheck" USING gin (lower("headline") gin_trgm_ops);
