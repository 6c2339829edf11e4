-- Name register; article summary columns and list indexes; account ids beside every display name; the audit
-- log outlives deleted articles (no foreign key to Article any more).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "passThreshold" REAL NOT NULL DEFAULT 99,
    "createdBy" TEXT NOT NULL,
    "createdById" TEXT,
    "ownerId" TEXT,
    "reviewerId" TEXT,
    "editorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "reviewedCount" INTEGER NOT NULL DEFAULT 0,
    "sourceWords" INTEGER NOT NULL DEFAULT 0,
    "openIssues" INTEGER NOT NULL DEFAULT 0,
    "openCritical" INTEGER NOT NULL DEFAULT 0,
    "openMajor" INTEGER NOT NULL DEFAULT 0,
    "openMinor" INTEGER NOT NULL DEFAULT 0,
    "openFindings" INTEGER NOT NULL DEFAULT 0,
    "score" REAL NOT NULL DEFAULT 100,
    "passes" BOOLEAN NOT NULL DEFAULT true,
    "summaryVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("id", "title", "sourceLang", "targetLang", "status", "passThreshold", "createdBy", "ownerId", "reviewerId", "editorId", "createdAt", "updatedAt") SELECT "id", "title", "sourceLang", "targetLang", "status", "passThreshold", "createdBy", "ownerId", "reviewerId", "editorId", "createdAt", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_updatedAt_idx" ON "Article"("updatedAt");
CREATE INDEX "Article_status_updatedAt_idx" ON "Article"("status", "updatedAt");
CREATE INDEX "Article_sourceLang_targetLang_updatedAt_idx" ON "Article"("sourceLang", "targetLang", "updatedAt");
CREATE INDEX "Article_reviewerId_status_updatedAt_idx" ON "Article"("reviewerId", "status", "updatedAt");
CREATE INDEX "Article_editorId_status_updatedAt_idx" ON "Article"("editorId", "status", "updatedAt");
CREATE INDEX "Article_passes_updatedAt_idx" ON "Article"("passes", "updatedAt");
CREATE INDEX "Article_score_idx" ON "Article"("score");
CREATE TABLE "new_AlignmentRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "reviewed" BOOLEAN NOT NULL DEFAULT false,
    "reviewedBy" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "origin" TEXT NOT NULL DEFAULT 'auto',
    "externalId" TEXT,
    "notes" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "AlignmentRow_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlignmentRow_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AlignmentRow" ("id", "articleId", "position", "reviewed", "reviewedBy", "reviewedAt", "origin", "externalId", "notes") SELECT "id", "articleId", "position", "reviewed", "reviewedBy", "reviewedAt", "origin", "externalId", "notes" FROM "AlignmentRow";
DROP TABLE "AlignmentRow";
ALTER TABLE "new_AlignmentRow" RENAME TO "AlignmentRow";
CREATE INDEX "AlignmentRow_articleId_position_idx" ON "AlignmentRow"("articleId", "position");
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paragraphId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'edit',
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("id", "paragraphId", "version", "before", "after", "authorName", "authorId", "kind", "note", "createdAt") SELECT "id", "paragraphId", "version", "before", "after", "authorName", "authorId", "kind", "note", "createdAt" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_paragraphId_version_idx" ON "Revision"("paragraphId", "version");
CREATE INDEX "Revision_authorId_idx" ON "Revision"("authorId");
CREATE TABLE "new_Issue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "subcategory" TEXT,
    "severity" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "outdated" BOOLEAN NOT NULL DEFAULT false,
    "findingCheck" TEXT,
    "authorName" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resolvedBy" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "statusReason" TEXT,
    CONSTRAINT "Issue_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Issue_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Issue_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Issue_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Issue" ("id", "articleId", "paragraphId", "start", "end", "quote", "category", "subcategory", "severity", "comment", "status", "outdated", "findingCheck", "authorName", "authorId", "createdAt", "updatedAt", "resolvedBy", "resolvedAt", "statusReason") SELECT "id", "articleId", "paragraphId", "start", "end", "quote", "category", "subcategory", "severity", "comment", "status", "outdated", "findingCheck", "authorName", "authorId", "createdAt", "updatedAt", "resolvedBy", "resolvedAt", "statusReason" FROM "Issue";
DROP TABLE "Issue";
ALTER TABLE "new_Issue" RENAME TO "Issue";
CREATE INDEX "Issue_articleId_status_idx" ON "Issue"("articleId", "status");
CREATE INDEX "Issue_paragraphId_idx" ON "Issue"("paragraphId");
CREATE TABLE "new_IssueComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IssueComment_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssueComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_IssueComment" ("id", "issueId", "authorName", "authorId", "body", "createdAt") SELECT "id", "issueId", "authorName", "authorId", "body", "createdAt" FROM "IssueComment";
DROP TABLE "IssueComment";
ALTER TABLE "new_IssueComment" RENAME TO "IssueComment";
CREATE INDEX "IssueComment_issueId_idx" ON "IssueComment"("issueId");
CREATE TABLE "new_FindingDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "authorName" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FindingDecision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FindingDecision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_FindingDecision" ("id", "articleId", "fingerprint", "decision", "reason", "authorName", "createdAt") SELECT "id", "articleId", "fingerprint", "decision", "reason", "authorName", "createdAt" FROM "FindingDecision";
DROP TABLE "FindingDecision";
ALTER TABLE "new_FindingDecision" RENAME TO "FindingDecision";
CREATE UNIQUE INDEX "FindingDecision_articleId_fingerprint_key" ON "FindingDecision"("articleId", "fingerprint");
CREATE TABLE "new_AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT,
    "actorName" TEXT NOT NULL,
    "actorId" TEXT,
    "origin" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEntry" ("id", "articleId", "actorName", "actorId", "origin", "action", "entityType", "entityId", "details", "createdAt") SELECT "id", "articleId", "actorName", "actorId", "origin", "action", "entityType", "entityId", "details", "createdAt" FROM "AuditEntry";
DROP TABLE "AuditEntry";
ALTER TABLE "new_AuditEntry" RENAME TO "AuditEntry";
CREATE INDEX "AuditEntry_articleId_createdAt_idx" ON "AuditEntry"("articleId", "createdAt");
CREATE INDEX "AuditEntry_actorId_createdAt_idx" ON "AuditEntry"("actorId", "createdAt");
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");
CREATE TABLE "new_GlossaryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "forbidden" TEXT NOT NULL DEFAULT '[]',
    "type" TEXT NOT NULL DEFAULT 'term',
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GlossaryEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GlossaryEntry" ("id", "sourceLang", "targetLang", "source", "target", "forbidden", "type", "note", "createdBy", "createdAt") SELECT "id", "sourceLang", "targetLang", "source", "target", "forbidden", "type", "note", "createdBy", "createdAt" FROM "GlossaryEntry";
DROP TABLE "GlossaryEntry";
ALTER TABLE "new_GlossaryEntry" RENAME TO "GlossaryEntry";
CREATE INDEX "GlossaryEntry_sourceLang_targetLang_type_idx" ON "GlossaryEntry"("sourceLang", "targetLang", "type");
CREATE UNIQUE INDEX "GlossaryEntry_sourceLang_targetLang_source_key" ON "GlossaryEntry"("sourceLang", "targetLang", "source");
CREATE TABLE "new_SiteSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedBy" TEXT,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SiteSetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SiteSetting" ("key", "value", "updatedBy", "updatedAt") SELECT "key", "value", "updatedBy", "updatedAt" FROM "SiteSetting";
DROP TABLE "SiteSetting";
ALTER TABLE "new_SiteSetting" RENAME TO "SiteSetting";
PRAGMA foreign_key_check;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
-- CreateTable
CREATE TABLE "NameEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "targetLang" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "arabic" TEXT NOT NULL,
    "kind" TEXT,
    "house" TEXT,
    "confirmedBy" TEXT,
    "confirmedById" TEXT,
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NameEntry_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- CreateTable
CREATE TABLE "NameSpelling" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "spelling" TEXT NOT NULL,
    "latinKey" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "distinct" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "NameSpelling_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "NameEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- CreateTable
CREATE TABLE "NameOccurrence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "spellingId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "NameOccurrence_spellingId_fkey" FOREIGN KEY ("spellingId") REFERENCES "NameSpelling" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NameOccurrence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- CreateIndex
CREATE INDEX "NameEntry_targetLang_updatedAt_idx" ON "NameEntry"("targetLang", "updatedAt");
-- CreateIndex
CREATE UNIQUE INDEX "NameEntry_targetLang_key_key" ON "NameEntry"("targetLang", "key");
-- CreateIndex
CREATE INDEX "NameSpelling_latinKey_idx" ON "NameSpelling"("latinKey");
-- CreateIndex
CREATE UNIQUE INDEX "NameSpelling_entryId_spelling_key" ON "NameSpelling"("entryId", "spelling");
-- CreateIndex
CREATE INDEX "NameOccurrence_articleId_idx" ON "NameOccurrence"("articleId");
-- CreateIndex
CREATE UNIQUE INDEX "NameOccurrence_spellingId_articleId_key" ON "NameOccurrence"("spellingId", "articleId");
