import "server-only";
import type { Actor } from "../actor";
import { assertCanOnPair, assertCanSomewhere } from "../access/article-access";
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { runArticleQaAfterWrite } from "../qa/article-qa";
import { alignParagraphs } from "../../align/align";
import { AppError } from "../errors";
import { MAX_ARTICLE_PARAGRAPHS, MAX_TITLE_LENGTH } from "../../article-input";
import { isLanguageCode } from "../../languages";
import { detectScriptSwap } from "../../text/script-swap";
import type { AlignmentGroup } from "../../align/types";
import { refreshArticleSummary } from "./refresh-article-summary";
import { indexNewArticle } from "../search/article-search-index";

export interface CreateArticleOptions {
  actor: Actor;
  title?: string;
  sourceLang: string;
  targetLang: string;
  sourceParagraphs: string[];
  targetParagraphs: string[];
  /** A given pairing (e.g. from a bilingual file); otherwise the aligner pairs the paragraphs. */
  alignment?: AlignmentGroup[];
  /** Per-group data from a bilingual file (same length as `alignment`): unit id, notes, reviewed state. */
  rowMeta?: { externalId?: string; notes?: string[]; reviewed?: boolean }[];
  /** Create the article even when the source looks like the translation and the reverse (scripts swapped). */
  confirmScripts?: boolean;
}

/**
 * Refuses texts entered the wrong way round (an Arabic → English article whose source is in Latin script and whose
 * translation is in Arabic script), unless the caller confirmed them; then the audit entry says so. Nothing is written.
 */
function checkScripts(source: string[], target: string[], sourceLang: string, targetLang: string, confirmed: boolean): { swapConfirmed: boolean } {
  const swap = detectScriptSwap({ sourceText: source.join("\n"), targetText: target.join("\n"), sourceLang, targetLang });
  if (!swap.swapped) return { swapConfirmed: false };
  if (confirmed) return { swapConfirmed: true };
  throw new AppError(
    "article.scripts-swapped",
    `The source text is in ${swap.sourceFound} script and the translation in ${swap.targetFound} script: for ${sourceLang} → ${targetLang} they look swapped. Swap them, or confirm to import as is (confirmScripts: true).`,
    { status: 422, params: { sourceLang, targetLang }, details: { sourceScript: swap.sourceFound, targetScript: swap.targetFound } },
  );
}

/** Default title: the first target paragraph, shortened. */
function defaultTitle(paragraphs: string[]): string {
  const first = paragraphs.find((p) => p.trim().length > 0) ?? "";
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

/** Imports an article: stores paragraphs, aligns them into rows, runs QA. All or nothing. */
export async function createArticle(options: CreateArticleOptions): Promise<{ id: string }> {
  const { actor, sourceLang, targetLang } = options;
  assertCanSomewhere(actor, "article.create");
  const source = options.sourceParagraphs.map((p) => p.trim()).filter(Boolean);
  const target = options.targetParagraphs.map((p) => p.trim()).filter(Boolean);
  if (!isLanguageCode(sourceLang) || !isLanguageCode(targetLang)) {
    throw new AppError("language.unknown", "Unknown language code.", { status: 422 });
  }
  // Creating an article in a pair needs the permission for that pair (a desk role may grant or withhold it).
  assertCanOnPair(actor, "article.create", { sourceLang, targetLang });
  if (source.length === 0 || target.length === 0) throw new AppError("text.empty", "Both texts must contain at least one paragraph.", { status: 422 });
  if (source.length > MAX_ARTICLE_PARAGRAPHS || target.length > MAX_ARTICLE_PARAGRAPHS) {
    throw new AppError("text.too-many-paragraphs", "Too many paragraphs.", { status: 422, params: { max: MAX_ARTICLE_PARAGRAPHS } });
  }
  const { swapConfirmed } = checkScripts(source, target, sourceLang, targetLang, options.confirmScripts === true);
  const title = (options.title?.trim() || defaultTitle(target)).slice(0, MAX_TITLE_LENGTH);
  const alignment = options.alignment ?? alignParagraphs(source, target, { sourceLang, targetLang });
  if (options.rowMeta && options.rowMeta.length !== alignment.length) {
    throw new AppError("alignment.invalid", "Row data does not match the pairing.", { status: 422 });
  }

  const created = await db.$transaction(
    async (tx) => {
      const article = await tx.article.create({ data: { title, sourceLang, targetLang, createdBy: actor.name, createdById: actor.userId, ownerId: actor.userId } });
      const paragraphData: { articleId: string; rowId: string; side: "source" | "target"; position: number; originalText: string; text: string }[] = [];
      for (const [position, group] of alignment.entries()) {
        const meta = options.rowMeta?.[position];
        const row = await tx.alignmentRow.create({
          data: {
            articleId: article.id,
            position,
            origin: options.alignment ? "import" : "auto",
            externalId: meta?.externalId ?? null,
            notes: meta?.notes ?? [],
            reviewed: meta?.reviewed ?? false,
            reviewedBy: meta?.reviewed ? actor.name : null,
            reviewedById: meta?.reviewed ? actor.userId : null,
            reviewedAt: meta?.reviewed ? new Date() : null,
          },
        });
        for (const i of group.source) paragraphData.push({ articleId: article.id, rowId: row.id, side: "source", position: i, originalText: source[i], text: source[i] });
        for (const j of group.target) paragraphData.push({ articleId: article.id, rowId: row.id, side: "target", position: j, originalText: target[j], text: target[j] });
      }
      if (paragraphData.length !== source.length + target.length) {
        throw new AppError("alignment.invalid", "The alignment does not cover every paragraph exactly once.", { status: 422 });
      }
      await tx.paragraph.createMany({ data: paragraphData });
      await indexNewArticle(tx, article.id, title, await tx.paragraph.findMany({ where: { articleId: article.id }, select: { id: true, side: true, position: true, text: true } }));
      await refreshArticleSummary(tx, article.id, { words: true, search: false });
      await recordAudit(tx, {
        actor,
        articleId: article.id,
        action: "article.create",
        entityType: "article",
        entityId: article.id,
        details: { title, sourceLang, targetLang, sourceParagraphs: source.length, targetParagraphs: target.length, rows: alignment.length, ...(swapConfirmed ? { scriptsSwapConfirmed: true } : {}) },
      });
      return { id: article.id };
    },
    { timeout: 60_000 },
  );
  // QA runs after the write, in a worker; the first page load then has the findings (or says QA is pending).
  await runArticleQaAfterWrite(created.id, "all");
  return created;
}
