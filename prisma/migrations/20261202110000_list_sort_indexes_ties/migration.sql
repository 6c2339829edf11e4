-- The score sort walks (score, updatedAt) so that ties come newest first from the index; fewest open issues first
-- walks (openIssues, updatedAt DESC).
-- DropIndex
DROP INDEX "Article_score_idx";

-- CreateIndex
CREATE INDEX "Article_score_updatedAt_idx" ON "Article"("score", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_openIssues_updatedAtDesc_idx" ON "Article"("openIssues", "updatedAt" DESC);
