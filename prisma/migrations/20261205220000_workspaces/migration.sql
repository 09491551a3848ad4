-- Workspaces (lib/workspaces): desks with their own members and roles; documents, fact-check
-- imports, tokens and membership events belong to one.
-- AlterTable
ALTER TABLE "Event" ADD COLUMN "workspaceId" TEXT;

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'PRIVATE',
    "shareFactChecks" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("workspaceId", "userId"),
    CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Everything before workspaces goes into "Default workspace" (open: anyone reads it, as before),
-- and today's roles map onto it: Admin stays Admin, Reviewer becomes Editor, Annotator Checker.
-- Each membership dates from its account (the second-pair-of-eyes rule compares it with claims').
INSERT INTO "Workspace" ("id", "slug", "name", "visibility", "createdAt", "updatedAt")
VALUES ('default', 'default', 'Default workspace', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt", "updatedAt")
SELECT 'default', "id", CASE "role" WHEN 'ADMIN' THEN 'ADMIN' WHEN 'REVIEWER' THEN 'EDITOR' ELSE 'CHECKER' END,
       "createdAt", CURRENT_TIMESTAMP
FROM "User";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ApiToken" ("createdAt", "expiresAt", "id", "lastUsedAt", "name", "revokedAt", "scopes", "secretHash", "userId") SELECT "createdAt", "expiresAt", "id", "lastUsedAt", "name", "revokedAt", "scopes", "secretHash", "userId" FROM "ApiToken";
DROP TABLE "ApiToken";
ALTER TABLE "new_ApiToken" RENAME TO "ApiToken";
CREATE UNIQUE INDEX "ApiToken_secretHash_key" ON "ApiToken"("secretHash");
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL DEFAULT 'default',
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "publishedOn" TEXT,
    "originalUrl" TEXT,
    "language" TEXT,
    "plainText" TEXT NOT NULL,
    "contentJson" TEXT NOT NULL,
    "currentRevision" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("archivedAt", "author", "contentJson", "createdAt", "createdById", "currentRevision", "id", "language", "originalUrl", "plainText", "publishedOn", "publisher", "searchText", "slug", "title", "updatedAt") SELECT "archivedAt", "author", "contentJson", "createdAt", "createdById", "currentRevision", "id", "language", "originalUrl", "plainText", "publishedOn", "publisher", "searchText", "slug", "title", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");
CREATE INDEX "Document_archivedAt_createdAt_idx" ON "Document"("archivedAt", "createdAt");
CREATE INDEX "Document_workspaceId_archivedAt_createdAt_idx" ON "Document"("workspaceId", "archivedAt", "createdAt");
CREATE TABLE "new_ExternalFactCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "rating" TEXT,
    "reviewer" TEXT,
    "claimAuthor" TEXT,
    "reviewedOn" TEXT,
    "headline" TEXT,
    "appearance" TEXT,
    "inLanguage" TEXT,
    "workspaceId" TEXT NOT NULL DEFAULT 'default',
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ExternalFactCheck" ("appearance", "claimAuthor", "claimReviewed", "createdAt", "headline", "id", "importedById", "inLanguage", "rating", "reviewedOn", "reviewer", "updatedAt", "url") SELECT "appearance", "claimAuthor", "claimReviewed", "createdAt", "headline", "id", "importedById", "inLanguage", "rating", "reviewedOn", "reviewer", "updatedAt", "url" FROM "ExternalFactCheck";
DROP TABLE "ExternalFactCheck";
ALTER TABLE "new_ExternalFactCheck" RENAME TO "ExternalFactCheck";
CREATE UNIQUE INDEX "ExternalFactCheck_url_key" ON "ExternalFactCheck"("url");
CREATE INDEX "ExternalFactCheck_updatedAt_idx" ON "ExternalFactCheck"("updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_createdAt_idx" ON "Invitation"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Event_workspaceId_createdAt_idx" ON "Event"("workspaceId", "createdAt");
