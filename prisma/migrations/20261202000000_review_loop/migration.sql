-- Rows can be excluded from the corrected article; issues keep a status reason; accounts can be deactivated;
-- site settings.
-- Rows can be excluded from the corrected article; findings are looked up by fingerprint (stable ids);
-- the pass threshold moves to the quality-score scale (0-100, higher is better): 100 - old threshold / 10.

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN "excluded" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "statusReason" TEXT;

-- AlterTable
ALTER TABLE "user" ADD COLUMN "deactivatedAt" DATETIME;

-- CreateTable
CREATE TABLE "SiteSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- DropIndex
DROP INDEX "Finding_articleId_idx";

-- CreateIndex
CREATE INDEX "Finding_articleId_fingerprint_idx" ON "Finding"("articleId", "fingerprint");

-- RedefineTables
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
    "ownerId" TEXT,
    "reviewerId" TEXT,
    "editorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("id", "title", "sourceLang", "targetLang", "status", "passThreshold", "createdBy", "ownerId", "reviewerId", "editorId", "createdAt", "updatedAt")
SELECT "id", "title", "sourceLang", "targetLang", "status", MAX(0, MIN(100, 100 - "passThreshold" / 10.0)), "createdBy", "ownerId", "reviewerId", "editorId", "createdAt", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
