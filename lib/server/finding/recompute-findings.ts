import "server-only";
import type { Tx } from "../db";
import { runQa } from "../../qa/run";
import { findingFingerprint } from "../../qa/fingerprint";
import type { AlignmentGroup } from "../../align/types";
import { loadArticleGlossary } from "../glossary/load-article-glossary";

/** The article's paragraphs in side order and its rows as alignment groups (indices = positions). */
export async function loadArticleTexts(tx: Tx, articleId: string) {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
  const paragraphs = await tx.paragraph.findMany({ where: { articleId }, orderBy: [{ side: "asc" }, { position: "asc" }] });
  const rows = await tx.alignmentRow.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true } });
  const source = paragraphs.filter((p) => p.side === "source");
  const target = paragraphs.filter((p) => p.side === "target");
  const byRow = new Map<string, AlignmentGroup>(rows.map((r) => [r.id, { source: [], target: [] }]));
  for (const p of paragraphs) byRow.get(p.rowId)?.[p.side === "source" ? "source" : "target"].push(p.position);
  const alignment = rows.map((r) => byRow.get(r.id)!);
  for (const group of alignment) {
    group.source.sort((a, b) => a - b);
    group.target.sort((a, b) => a - b);
  }
  return { article, source, target, alignment };
}

/**
 * The texts the QA checks see: translation paragraphs excluded from the corrected article are left out (they
 * are not checked), alignment indices are renumbered to the remaining paragraphs and rows left empty dropped.
 */
export function checkedTexts<P extends { id: string; excluded: boolean }>(texts: { source: P[]; target: P[]; alignment: AlignmentGroup[] }) {
  const target = texts.target.filter((p) => !p.excluded);
  const targetIndex = new Map<number, number>();
  texts.target.forEach((p, position) => {
    if (!p.excluded) targetIndex.set(position, targetIndex.size);
  });
  const alignment = texts.alignment
    .map((group) => ({ source: group.source, target: group.target.flatMap((position) => (targetIndex.has(position) ? [targetIndex.get(position)!] : [])) }))
    .filter((group) => group.source.length + group.target.length > 0);
  return { source: texts.source, target, alignment };
}

/** Runs every QA check over the article and replaces its stored findings. */
export async function recomputeFindings(tx: Tx, articleId: string): Promise<number> {
  const texts = await loadArticleTexts(tx, articleId);
  const { article } = texts;
  const { source, target, alignment } = checkedTexts(texts);
  const glossary = await loadArticleGlossary(tx, article.sourceLang, article.targetLang);
  const result = runQa({
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    source: source.map((p) => p.text),
    target: target.map((p) => p.text),
    alignment,
    glossary,
  });
  await tx.finding.deleteMany({ where: { articleId } });
  const data = result.findings.map((f) => {
    const paragraph = (f.side === "source" ? source : target)[f.paragraph];
    return {
      articleId,
      paragraphId: paragraph.id,
      check: f.check,
      category: f.category,
      subcategory: f.subcategory ?? null,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      suggestion: f.suggestion ?? null,
      message: f.message,
      messageKey: f.messageKey,
      params: JSON.stringify(f.params ?? {}),
      fingerprint: `${paragraph.id}|${findingFingerprint(f, paragraph.text)}`,
    };
  });
  if (data.length > 0) await tx.finding.createMany({ data });
  return data.length;
}
