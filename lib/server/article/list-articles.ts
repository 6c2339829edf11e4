import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
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
  reviewer: { id: string; name: string } | null;
  editor: { id: string; name: string } | null;
  updatedAt: string;
}

export interface TArticleFilters {
  status?: string;
  /** "me", a user id, or "none" for unassigned articles */
  assignee?: string;
  /** "ar-en" */
  pair?: string;
  /** "pass" | "fail" */
  score?: string;
  /** search in titles and paragraph text */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** Articles, newest first, filtered and paginated, with review progress and score. */
export async function listArticles(options: { actor: Actor } & TArticleFilters): Promise<{ items: TArticleListItemDto[]; total: number; page: number; pageSize: number }> {
  const { actor } = options;
  assertCanSomewhere(actor, "article.read");
  // Only articles the actor may read are listed (their desk roles decide per language pair).
  const and: Prisma.ArticleWhereInput[] = [articleWhere(actor, "article.read")];
  if (options.status) and.push({ status: options.status });
  if (options.pair && /^[a-z]{2,3}-[a-z]{2,3}$/.test(options.pair)) {
    const [sourceLang, targetLang] = options.pair.split("-");
    and.push({ sourceLang, targetLang });
  }
  if (options.assignee === "none") and.push({ reviewerId: null, editorId: null });
  else if (options.assignee) {
    const id = options.assignee === "me" ? (actor.userId ?? "") : options.assignee;
    and.push({ OR: [{ reviewerId: id }, { editorId: id }] });
  }
  const q = options.q?.trim();
  if (q) and.push({ OR: [{ title: { contains: q } }, { paragraphs: { some: { text: { contains: q } } } }] });
  const where: Prisma.ArticleWhereInput = { AND: and };
  const articles = await db.article.findMany({
    where,
    orderBy: { updatedAt: "desc" },
    include: {
      rows: { select: { reviewed: true } },
      issues: { select: { severity: true, status: true } },
      paragraphs: { where: { side: "source", excluded: false }, select: { text: true } },
      findings: { select: { fingerprint: true } },
      decisions: { select: { fingerprint: true } },
      reviewer: { select: { id: true, name: true } },
      editor: { select: { id: true, name: true } },
    },
  });
  let items = articles.map((a) => {
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
      reviewer: a.reviewer,
      editor: a.editor,
      updatedAt: a.updatedAt.toISOString(),
    };
  });
  // The score depends on word counts, so this filter runs after scoring.
  if (options.score === "pass" || options.score === "fail") items = items.filter((i) => i.score.pass === (options.score === "pass"));
  const pageSize = Math.min(Math.max(options.pageSize ?? 50, 1), 200);
  const page = Math.max(options.page ?? 1, 1);
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}
