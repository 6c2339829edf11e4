import "server-only";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { AppError } from "../errors";

export interface TRevisionDto {
  id: string;
  version: number;
  before: string;
  after: string;
  authorName: string;
  /** edit | suggestion | apply-all | exclude | restore (exclude/restore keep the text: before = after) */
  kind: string;
  note: string | null;
  createdAt: string;
}

/** A paragraph's history: its imported original, current text, whether it is excluded, and its revisions. */
export interface TParagraphHistoryDto {
  originalText: string;
  text: string;
  /** Left out of the corrected article (revisions of kind "exclude" and "restore" record when and by whom). */
  excluded: boolean;
  revisions: TRevisionDto[];
}

/** A paragraph's revisions, newest first, with its imported original. */
export async function getParagraphHistory(options: { actor: Actor; paragraphId: string }): Promise<TParagraphHistoryDto> {
  assertCanSomewhere(options.actor, "article.read");
  const paragraph = await db.paragraph.findUnique({
    where: { id: options.paragraphId, article: articleWhere(options.actor, "article.read") },
    include: { revisions: { orderBy: { version: "desc" } } },
  });
  if (!paragraph) throw new AppError("paragraph.not-found", "Paragraph not found.", { status: 404 });
  return {
    originalText: paragraph.originalText,
    text: paragraph.text,
    excluded: paragraph.excluded,
    revisions: paragraph.revisions.map((r) => ({
      id: r.id,
      version: r.version,
      before: r.before,
      after: r.after,
      authorName: r.authorName,
      kind: r.kind,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
