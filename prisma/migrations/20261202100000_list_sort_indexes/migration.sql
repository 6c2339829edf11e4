-- Indexes for the article list's title and open-issues sorts.
-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article"("title");

-- CreateIndex
CREATE INDEX "Article_openIssues_updatedAt_idx" ON "Article"("openIssues", "updatedAt");
