-- Full-text search over article titles and paragraphs (both sides). Written by hand (not in the Prisma schema).
-- The data layer writes the normalized text (lib/server/search) inside the transactions that change the texts;
-- the start-up summary recomputation fills it for existing articles. Every name starts with fts_, which the schema
-- drift checks ignore. 'simple' configuration: no stemming or stop words, the normalization is done beforehand.
CREATE TABLE "fts_article" (
    "articleId" TEXT NOT NULL,
    -- '' for the title, else the paragraph's id
    "paragraphId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "body")) STORED,
    CONSTRAINT "fts_article_pkey" PRIMARY KEY ("articleId", "paragraphId")
);
CREATE INDEX "fts_article_tsv" ON "fts_article" USING GIN ("tsv");
