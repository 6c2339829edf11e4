import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { countWords } from "../../qa/score";
import { scoreIssues } from "./get-article-review";
import { readSiteSettings } from "../settings/get-site-settings";

/** What an approver is told before approving, in the order it is shown. */
export const CHECKLIST_CODES = [
  "score",
  "critical-issues",
  "major-issues",
  "minor-issues",
  "undecided-findings",
  "rows-reviewed",
  "dismissed-by-others",
  "four-eyes",
] as const;
export type TChecklistCode = (typeof CHECKLIST_CODES)[number];

/** ok: nothing to say; warn: approving needs an explicit "approve anyway"; block: approval is refused. */
export type TChecklistState = "ok" | "warn" | "block";

/** An issue named by a checklist item (critical/major open issues, or dismissed ones of another person). */
export interface TChecklistIssue {
  id: string;
  /** Row number as the review page shows it (1-based). */
  row: number | null;
  severity: string;
  category: string;
  quote: string;
  authorName: string;
  /** Who dismissed it and why (dismissed-by-others only). */
  dismissedBy: string | null;
  reason: string | null;
}

export interface TChecklistItem {
  code: TChecklistCode;
  state: TChecklistState;
  /** Values of the item's message (locales review:approval.items.<code>). */
  params: Record<string, string | number>;
  /** Row numbers (1-based) the item is about: rows not reviewed yet. */
  rows?: number[];
  issues?: TChecklistIssue[];
}

export interface TApprovalChecklist {
  articleId: string;
  status: string;
  items: TChecklistItem[];
  /** True when some item blocks approval. */
  blocked: boolean;
  /** True when some item warns: approving needs acknowledgeWarnings. */
  hasWarnings: boolean;
}

const LISTED_ISSUES = 20;
const TEXT_ACTIONS = ["article.create", "article.import"];

/** Same person: by account id when both are known, otherwise (CLI, old rows) by display name. */
function samePerson(a: { id: string | null | undefined; name: string }, b: { id: string | null | undefined; name: string }): boolean {
  if (a.id && b.id) return a.id === b.id;
  return a.name === b.name;
}

/** Builds the approval checklist of an article inside a transaction (used by approval itself). */
export async function computeApprovalChecklist(tx: Tx, options: { actor: Actor; articleId: string }): Promise<TApprovalChecklist> {
  const article = await tx.article.findUnique({
    where: { id: options.articleId, AND: [articleWhere(options.actor, "article.read")] },
    include: {
      rows: { orderBy: { position: "asc" }, include: { paragraphs: { select: { id: true, side: true, text: true, excluded: true } } } },
      issues: { where: { status: { in: ["open", "dismissed"] } }, orderBy: { createdAt: "asc" } },
      findings: { where: { severity: { in: ["major", "critical"] } }, select: { fingerprint: true } },
      decisions: { select: { fingerprint: true } },
    },
  });
  if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });

  const rowNumberOf = new Map<string, number>();
  const countedRows: { number: number; reviewed: boolean }[] = [];
  const sourceTexts: string[] = [];
  for (const [index, row] of article.rows.entries()) {
    for (const paragraph of row.paragraphs) {
      rowNumberOf.set(paragraph.id, index + 1);
      if (paragraph.side === "source" && !paragraph.excluded) sourceTexts.push(paragraph.text);
    }
    // A row whose paragraphs are all excluded is not part of the corrected article: nothing to review.
    if (row.paragraphs.some((p) => !p.excluded)) countedRows.push({ number: index + 1, reviewed: row.reviewed });
  }

  const toIssue = (issue: (typeof article.issues)[number]): TChecklistIssue => ({
    id: issue.id,
    row: rowNumberOf.get(issue.paragraphId) ?? null,
    severity: issue.severity,
    category: issue.category,
    quote: issue.quote,
    authorName: issue.authorName,
    dismissedBy: issue.status === "dismissed" ? issue.resolvedBy : null,
    reason: issue.status === "dismissed" ? issue.statusReason : null,
  });
  const open = article.issues.filter((i) => i.status === "open");
  const openOf = (severity: string) => open.filter((i) => i.severity === severity);
  const items: TChecklistItem[] = [];

  const score = scoreIssues(article.issues, countWords(sourceTexts, article.sourceLang), article.passThreshold);
  items.push({ code: "score", state: score.pass ? "ok" : "block", params: { quality: score.quality, threshold: score.threshold } });

  for (const [code, severity, state] of [
    ["critical-issues", "critical", "block"],
    ["major-issues", "major", "block"],
    ["minor-issues", "minor", "warn"],
  ] as const) {
    const list = openOf(severity);
    items.push({
      code,
      state: list.length > 0 ? state : "ok",
      params: { count: list.length },
      ...(list.length > 0 && severity !== "minor" ? { issues: list.slice(0, LISTED_ISSUES).map(toIssue) } : {}),
    });
  }

  const decided = new Set(article.decisions.map((d) => d.fingerprint));
  const undecided = new Set(article.findings.filter((f) => !decided.has(f.fingerprint)).map((f) => f.fingerprint)).size;
  items.push({ code: "undecided-findings", state: undecided > 0 ? "warn" : "ok", params: { count: undecided } });

  const unreviewed = countedRows.filter((r) => !r.reviewed).map((r) => r.number);
  items.push({
    code: "rows-reviewed",
    state: unreviewed.length > 0 ? "warn" : "ok",
    params: { reviewed: countedRows.length - unreviewed.length, total: countedRows.length, missing: unreviewed.length },
    ...(unreviewed.length > 0 ? { rows: unreviewed } : {}),
  });

  // Critical/major issues someone dismissed although another person raised them: the approver should see why.
  const dismissed = article.issues.filter(
    (i) => i.status === "dismissed" && (i.severity === "critical" || i.severity === "major") && i.resolvedBy !== null && (i.resolvedById && i.authorId ? i.resolvedById !== i.authorId : i.resolvedBy !== i.authorName),
  );
  items.push({
    code: "dismissed-by-others",
    state: dismissed.length > 0 ? "warn" : "ok",
    params: { count: dismissed.length },
    ...(dismissed.length > 0 ? { issues: dismissed.slice(0, LISTED_ISSUES).map(toIssue) } : {}),
  });

  const settings = await readSiteSettings(tx);
  if (settings.fourEyesApproval) {
    const lastEdit = await tx.auditEntry.findFirst({
      where: { articleId: article.id, OR: [{ action: { startsWith: "paragraph." } }, { action: { in: TEXT_ACTIONS } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { actorId: true, actorName: true },
    });
    const self = lastEdit !== null && samePerson({ id: lastEdit.actorId, name: lastEdit.actorName }, { id: options.actor.userId, name: options.actor.name });
    items.push({ code: "four-eyes", state: self ? "block" : "ok", params: { name: lastEdit?.actorName ?? "—" } });
  }

  return {
    articleId: article.id,
    status: article.status,
    items,
    blocked: items.some((i) => i.state === "block"),
    hasWarnings: items.some((i) => i.state === "warn"),
  };
}

/** What approving this article would be refused for or warned about (anyone who can read the article). */
export async function getApprovalChecklist(options: { actor: Actor; articleId: string }): Promise<TApprovalChecklist> {
  assertCanSomewhere(options.actor, "article.read");
  return computeApprovalChecklist(db, options);
}
