-- JSON columns: row notes, finding params, audit details, glossary forbidden variants and site setting values are typed JSON.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "notes" JSONB NOT NULL,
    CONSTRAINT "AlignmentRow_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlignmentRow_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AlignmentRow" ("id", "articleId", "position", "reviewed", "reviewedBy", "reviewedById", "reviewedAt", "origin", "externalId", "notes") SELECT "id", "articleId", "position", "reviewed", "reviewedBy", "reviewedById", "reviewedAt", "origin", "externalId", "notes" FROM "AlignmentRow";
DROP TABLE "AlignmentRow";
ALTER TABLE "new_AlignmentRow" RENAME TO "AlignmentRow";
CREATE INDEX "AlignmentRow_articleId_position_idx" ON "AlignmentRow"("articleId", "position");
CREATE TABLE "new_Finding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "subcategory" TEXT,
    "severity" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "suggestion" TEXT,
    "message" TEXT NOT NULL,
    "messageKey" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "fingerprint" TEXT NOT NULL,
    CONSTRAINT "Finding_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Finding_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Finding" ("id", "articleId", "paragraphId", "check", "category", "subcategory", "severity", "start", "end", "text", "suggestion", "message", "messageKey", "params", "fingerprint") SELECT "id", "articleId", "paragraphId", "check", "category", "subcategory", "severity", "start", "end", "text", "suggestion", "message", "messageKey", "params", "fingerprint" FROM "Finding";
DROP TABLE "Finding";
ALTER TABLE "new_Finding" RENAME TO "Finding";
CREATE INDEX "Finding_articleId_fingerprint_idx" ON "Finding"("articleId", "fingerprint");
CREATE INDEX "Finding_paragraphId_idx" ON "Finding"("paragraphId");
CREATE TABLE "new_AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT,
    "actorName" TEXT NOT NULL,
    "actorId" TEXT,
    "origin" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "details" JSONB NOT NULL,
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
    "forbidden" JSONB NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'term',
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GlossaryEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GlossaryEntry" ("id", "sourceLang", "targetLang", "source", "target", "forbidden", "type", "note", "createdBy", "createdById", "createdAt") SELECT "id", "sourceLang", "targetLang", "source", "target", "forbidden", "type", "note", "createdBy", "createdById", "createdAt" FROM "GlossaryEntry";
DROP TABLE "GlossaryEntry";
ALTER TABLE "new_GlossaryEntry" RENAME TO "GlossaryEntry";
CREATE INDEX "GlossaryEntry_sourceLang_targetLang_type_idx" ON "GlossaryEntry"("sourceLang", "targetLang", "type");
CREATE UNIQUE INDEX "GlossaryEntry_sourceLang_targetLang_source_key" ON "GlossaryEntry"("sourceLang", "targetLang", "source");
CREATE TABLE "new_SiteSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updatedBy" TEXT,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SiteSetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SiteSetting" ("key", "value", "updatedBy", "updatedById", "updatedAt") SELECT "key", "value", "updatedBy", "updatedById", "updatedAt" FROM "SiteSetting";
DROP TABLE "SiteSetting";
ALTER TABLE "new_SiteSetting" RENAME TO "SiteSetting";
PRAGMA foreign_key_check;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
