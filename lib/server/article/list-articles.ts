import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { countWords } from "../../qa/score";
import { scoreIssues, type TScoreDto } from "./get-article-review";

export interface TArticleListItemDto {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  rowCount: number;
  reviewedCount: number;
  openIssues: number;
  openFindings: number;
  score: TScoreDto;
  updatedAt: string;
}

/** All articles, newest first, with their review progress and score. */
export async function listArticles(options: { actor: Actor }): Promise<TArticleListItemDto[]> {
  assertCan(options.actor, "article.read");
  const articles = await db.article.findMany({
    orderBy: { updatedAt: "desc" },
    include: {
      rows: { select: { reviewed: true } },
      issues: { select: { severity: true, status: true } },
      paragraphs: { where: { side: "source" }, select: { text: true } },
      findings: { select: { fingerprint: true } },
      decisions: { select: { fingerprint: true } },
    },
  });
  return articles.map((a) => {
    const decided = new Set(a.decisions.map((d) => d.fingerprint));
    const sourceWords = a.paragraphs.reduce((n, p) => n + countWords(p.text, a.sourceLang), 0);
    return {
      id: a.id,
      title: a.title,
      sourceLang: a.sourceLang,
      targetLang: a.targetLang,
      status: a.status,
      rowCount: a.rows.length,
      reviewedCount: a.rows.filter((r) => r.reviewed).length,
      openIssues: a.issues.filter((i) => i.status === "open").length,
      openFindings: a.findings.filter((f) => !decided.has(f.fingerprint)).length,
      score: scoreIssues(a.issues, sourceWords, a.passThreshold),
      updatedAt: a.updatedAt.toISOString(),
    };
  });
}
