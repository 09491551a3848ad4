-- A language set by hand in the document's details (null: read from the text).
ALTER TABLE "Document" ADD COLUMN "language" TEXT;
