-- Full-text search over article titles and paragraphs (both sides). Written by hand: FTS5 is not in the Prisma
-- schema. The data layer writes the normalized text (lib/server/search) inside the transactions that change the
-- texts; the start-up summary recomputation fills it for existing articles. Names start with fts_ (also the FTS5
-- shadow tables fts_article_data, _idx, _content, _docsize, _config), which the schema drift checks ignore.

-- One row per indexed document: the article's title (paragraphId '') or one of its paragraphs. Its id is the
-- document's rowid in fts_article, so a paragraph's document is replaced without scanning the index.
CREATE TABLE "fts_article_doc" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "fts_article_doc_article_paragraph" ON "fts_article_doc"("articleId", "paragraphId");

-- The text is normalized before it is written (Arabic letter variants, diacritics, case), so the tokenizer only
-- splits words.
CREATE VIRTUAL TABLE "fts_article" USING fts5("articleId" UNINDEXED, "body", tokenize = 'unicode61 remove_diacritics 0');
