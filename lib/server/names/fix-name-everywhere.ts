import "server-only";
import { touchArticles } from "../article/touch-article";
import type { Actor } from "../actor";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { updateParagraphTextInTx } from "../paragraph/update-paragraph-text";
import { runArticleQaAfterWrite } from "../qa/article-qa";
import { wholeWordPattern } from "../../review/whole-word";
import { NameIndex } from "../../names/index";
import { spellingsDifferInWords } from "../../names/spelling-words";
import { findEditableEntry } from "./update-name-entry";
import { loadGlossaryNames } from "./glossary-names";
import { nameEntryDto } from "./name-entry-dto";
import { NAMES_SOURCE_LANG } from "./name-access";
import { appendTo } from "../../review/append-to";

/** What "fix in all open articles" changes (or would change): articles and translation paragraphs. */
export interface TNameFixCount {
  arabic: string;
  from: string;
  to: string;
  articles: number;
  paragraphs: number;
}

interface PlannedEdit {
  articleId: string;
  paragraphId: string;
  version: number;
  text: string;
}

const JOINERS = new Set(["-", "\u2010", "\u2011", "'", "\u2019"]);


/**
 * `text` with every whole-word `from` replaced by `to` (lib/review/whole-word.ts), except where `from` is the tail of
 * a joined name ("al-Sisi" keeps its "Sisi": the article form is part of that spelling).
 */
export function replaceNameSpelling(text: string, from: string, to: string): string {
  return text.replace(wholeWordPattern(from), (match: string, offset: number) => (offset > 0 && JOINERS.has(text[offset - 1]!) ? match : to));
}

/**
 * The edits "fix in all open articles" makes: in every article of Arabic → the entry's language that is not approved
 * or published, that the actor may correct, and whose Arabic source contains the name, each translation paragraph
 * (not excluded) holding the spelling as a whole word gets the house spelling.
 */
async function planNameFix(tx: Tx, actor: Actor, options: { id: string; spelling: string }) {
  const entry = await findEditableEntry(tx, actor, options.id);
  const glossary = await loadGlossaryNames(tx, entry.targetLang);
  const dto = nameEntryDto(entry, glossary.get(entry.key));
  if (dto.house === null) throw new AppError("names.no-house", "This name has no house spelling yet: choose one first.", { status: 422 });
  const from = options.spelling.replace(/\s+/g, " ").trim();
  const known = entry.spellings.find((s) => s.spelling === from);
  if (from === "" || from === dto.house) throw new AppError("names.fix-same", "Choose a spelling other than the house spelling.", { status: 422 });
  if (known?.distinct) throw new AppError("names.fix-distinct", "This spelling is marked as a different person or place: it is not corrected.", { status: 422, params: { spelling: from } });
  const to = dto.house;
  if (spellingsDifferInWords(from, to)) {
    throw new AppError("names.fix-other-words", "One spelling is the other with more words: replacing it would drop or repeat a word.", { status: 422, params: { from, to } });
  }
  // Candidates by SQL (a LIKE on the translation), then the whole-word rule and the source's Arabic name decide.
  const paragraphs = await tx.paragraph.findMany({
    where: {
      side: "target",
      excluded: false,
      text: { contains: from },
      article: { sourceLang: NAMES_SOURCE_LANG, targetLang: entry.targetLang, status: { notIn: ["approved", "published"] }, AND: [articleWhere(actor, "finding.apply")] },
    },
    select: { id: true, articleId: true, text: true, version: true },
    orderBy: [{ articleId: "asc" }, { position: "asc" }],
  });
  const edits: PlannedEdit[] = [];
  for (const p of paragraphs) {
    const next = replaceNameSpelling(p.text, from, to);
    if (next !== p.text) edits.push({ articleId: p.articleId, paragraphId: p.id, version: p.version, text: next });
  }
  const articleIds = [...new Set(edits.map((e) => e.articleId))];
  const index = new NameIndex([{ key: entry.key, arabic: entry.arabic, targetLang: entry.targetLang, source: "register", spellings: [] }]);
  const sources = await tx.paragraph.findMany({ where: { articleId: { in: articleIds }, side: "source" }, select: { articleId: true, text: true } });
  const byArticle = new Map<string, string[]>();
  for (const s of sources) appendTo(byArticle, s.articleId, s.text);
  const naming = new Set(articleIds.filter((id) => index.relevantTo(byArticle.get(id) ?? []).length > 0));
  const kept = edits.filter((e) => naming.has(e.articleId));
  return { entry, from, to, edits: kept, count: { arabic: entry.arabic, from, to, articles: new Set(kept.map((e) => e.articleId)).size, paragraphs: kept.length } };
}

/** How many open articles and paragraphs "fix in all open articles" would change (shown before confirming). */
export async function previewNameFix(options: { actor: Actor; id: string; spelling: string }): Promise<TNameFixCount> {
  assertCanSomewhere(options.actor, "names.edit");
  return (await planNameFix(db, options.actor, options)).count;
}

/**
 * Replaces a spelling of a register name with its house spelling in every open article the actor may correct
 * (planNameFix): normal revisions (kind apply-all, like "apply to all" in one article) with their audit entries,
 * plus one names.fix-all entry per article, all in one transaction; then QA of the changed paragraphs.
 */
export async function fixNameEverywhere(options: { actor: Actor; id: string; spelling: string }): Promise<TNameFixCount> {
  const { actor } = options;
  assertCanSomewhere(actor, "names.edit");
  const done = await db.$transaction(
    async (tx) => {
      const plan = await planNameFix(tx, actor, options);
      const note = `Name register: ${plan.from} → ${plan.to} (${plan.entry.arabic})`;
      const changed = new Map<string, string[]>();
      for (const edit of plan.edits) {
        const result = await updateParagraphTextInTx(tx, { actor, paragraphId: edit.paragraphId, expectedVersion: edit.version, text: edit.text, kind: "apply-all", note });
        if (result.changed) appendTo(changed, edit.articleId, edit.paragraphId);
      }
      for (const [articleId, paragraphIds] of changed) {
        await recordAudit(tx, {
          actor,
          articleId,
          action: "names.fix-all",
          entityType: "name",
          entityId: plan.entry.id,
          details: { arabic: plan.entry.arabic, from: plan.from, to: plan.to, paragraphs: paragraphIds.length },
        });
      }
      const paragraphs = [...changed.values()].reduce((sum, ids) => sum + ids.length, 0);
      return { count: { ...plan.count, articles: changed.size, paragraphs }, changed };
    },
    { timeout: 120_000 },
  );
  await touchArticles(done.changed.keys());
  await Promise.all([...done.changed].map(([articleId, paragraphIds]) => runArticleQaAfterWrite(articleId, { paragraphIds })));
  return done.count;
}
