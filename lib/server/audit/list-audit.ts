import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { articleWhere, assertCanSomewhere } from "../access/article-access";

/** What an entry is about, looked up when the log is read (rows are numbered as they are today, from 1). */
export interface TAuditSubjectDto {
  /** The paragraph's side, for paragraph, issue and pairing entries. */
  side: "source" | "target" | null;
  row: number | null;
  /** The flagged words, for issue entries. */
  quote: string | null;
  /** The account an entry about a user or token concerns. */
  userName: string | null;
}

export interface TAuditEntryDto {
  id: string;
  articleId: string | null;
  articleTitle: string | null;
  /** The article's languages, so quoted text carries the right `lang`. */
  sourceLang: string | null;
  targetLang: string | null;
  actorName: string;
  origin: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
  subject: TAuditSubjectDto;
  /** Names of the users the details name by id (assignments). */
  userNames: Record<string, string>;
  createdAt: string;
}

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The audit trail of one article (anyone who can read it), or of everything (admins), newest first. */
export async function listAudit(options: { actor: Actor; articleId?: string; take?: number; skip?: number }): Promise<TAuditEntryDto[]> {
  if (options.articleId) assertCanSomewhere(options.actor, "article.read");
  else assertCan(options.actor, "audit.read-all");
  if (options.articleId) {
    // An article the actor may not read has no trail for them (the same as an unknown id).
    const readable = await db.article.findFirst({ where: { AND: [{ id: options.articleId }, articleWhere(options.actor, "article.read")] }, select: { id: true } });
    if (!readable) return [];
  }
  const rows = await db.auditEntry.findMany({
    where: options.articleId ? { articleId: options.articleId } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 200, 1000),
    skip: options.skip ?? 0,
  });
  // The trail outlives its articles: titles come from the articles still there, else from the entry's details.
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((id): id is string => id !== null))];
  const articles = articleIds.length ? await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, sourceLang: true, targetLang: true } }) : [];
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const entries = rows.map((r) => ({ row: r, details: (r.details ?? {}) as Record<string, unknown> }));

  // One query per kind of subject, whatever the number of entries.
  const paragraphIds = new Set<string>();
  const rowIds = new Set<string>();
  const issueIds = new Set<string>();
  const userIds = new Set<string>();
  const tokenIds = new Set<string>();
  for (const { row, details } of entries) {
    if (row.entityType === "paragraph") paragraphIds.add(row.entityId);
    if (row.entityType === "row") rowIds.add(row.entityId);
    if (row.entityType === "issue") issueIds.add(row.entityId);
    if (row.entityType === "user") userIds.add(row.entityId);
    if (row.entityType === "token") tokenIds.add(row.entityId);
    const paragraphId = str(details.paragraphId);
    if (paragraphId) paragraphIds.add(paragraphId);
    const rowId = str(details.rowId);
    if (rowId) rowIds.add(rowId);
    for (const key of ["reviewerId", "editorId", "userId"]) {
      const id = str(details[key]);
      if (id) userIds.add(id);
    }
  }
  const [paragraphs, alignmentRows, issues, tokens] = await Promise.all([
    paragraphIds.size ? db.paragraph.findMany({ where: { id: { in: [...paragraphIds] } }, select: { id: true, side: true, row: { select: { position: true } } } }) : [],
    rowIds.size ? db.alignmentRow.findMany({ where: { id: { in: [...rowIds] } }, select: { id: true, position: true } }) : [],
    issueIds.size ? db.issue.findMany({ where: { id: { in: [...issueIds] } }, select: { id: true, quote: true, paragraph: { select: { side: true, row: { select: { position: true } } } } } }) : [],
    tokenIds.size ? db.apiToken.findMany({ where: { id: { in: [...tokenIds] } }, select: { id: true, userId: true } }) : [],
  ]);
  for (const token of tokens) if (token.userId) userIds.add(token.userId);
  const users = userIds.size ? await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }) : [];
  const paragraphById = new Map(paragraphs.map((p) => [p.id, { side: p.side, row: p.row.position + 1 }]));
  const rowById = new Map(alignmentRows.map((r) => [r.id, r.position + 1]));
  const issueById = new Map(issues.map((i) => [i.id, { quote: i.quote, side: i.paragraph.side, row: i.paragraph.row.position + 1 }]));
  const tokenUser = new Map(tokens.map((token) => [token.id, token.userId]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const side = (value: string | undefined | null) => (value === "source" || value === "target" ? value : null);

  return entries.map(({ row: r, details }) => {
    const paragraph = paragraphById.get(r.entityType === "paragraph" ? r.entityId : (str(details.paragraphId) ?? ""));
    const issue = r.entityType === "issue" ? issueById.get(r.entityId) : undefined;
    const rowNumber = r.entityType === "row" ? rowById.get(r.entityId) : rowById.get(str(details.rowId) ?? "");
    const subjectUserId = r.entityType === "user" ? r.entityId : r.entityType === "token" ? (tokenUser.get(r.entityId) ?? null) : null;
    const userNames: Record<string, string> = {};
    for (const key of ["reviewerId", "editorId", "userId"]) {
      const id = str(details[key]);
      if (id && userName.has(id)) userNames[id] = userName.get(id)!;
    }
    return {
      id: r.id,
      articleId: r.articleId,
      articleTitle: (r.articleId ? articleById.get(r.articleId)?.title : undefined) ?? str(details.title),
      sourceLang: (r.articleId ? articleById.get(r.articleId)?.sourceLang : undefined) ?? str(details.sourceLang),
      targetLang: (r.articleId ? articleById.get(r.articleId)?.targetLang : undefined) ?? str(details.targetLang),
      actorName: r.actorName,
      origin: r.origin,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      details,
      subject: {
        side: side(paragraph?.side ?? issue?.side),
        row: paragraph?.row ?? issue?.row ?? rowNumber ?? null,
        quote: issue?.quote ?? null,
        userName: subjectUserId ? (userName.get(subjectUserId) ?? null) : null,
      },
      userNames,
      createdAt: r.createdAt.toISOString(),
    };
  });
}
