-- Full-text index, second layout: a document's rowid says which article and paragraph it is (article key × 4096 +
-- paragraph ordinal), so a search reads the matching articles from the index's rowids alone, without a lookup per
-- matching paragraph. The article key is a small integer per article (fts_article_key). The documents are written
-- again by the start-up summary recomputation (summary version 2). Names start with fts_ (see 20261202090000_fulltext).
DROP TABLE IF EXISTS "fts_article";
DROP TABLE IF EXISTS "fts_article_doc";

CREATE TABLE "fts_article_key" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "fts_article_key_article" ON "fts_article_key"("articleId");

-- Ordinals: 0 the title, 1 + position a source paragraph, 2049 + position a translation paragraph.
CREATE VIRTUAL TABLE "fts_article" USING fts5("body", tokenize = 'unicode61 remove_diacritics 0');
