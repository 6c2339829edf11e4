import { countWords } from "../../text/words";
import type { Finding, QaCheck, QaContext } from "../types";
import type { Severity } from "../mqm";
import { documentLengthRatio, groupLengths, letterCount, makeFinding, trimmedSpan, type GroupLength } from "../util";
import { isPageChrome } from "../chrome";
import { LONG_SENTENCE_WORDS, sentenceReport } from "../sentence-gaps";

const LONG_PARAGRAPH_WORDS = 40;
const SHORT_PARAGRAPH_WORDS = 3;

function omissionSeverity(text: string, lang: string): Severity {
  if (isPageChrome(text)) return "minor";
  const count = countWords(text, lang);
  if (count > LONG_PARAGRAPH_WORDS) return "critical";
  if (count <= SHORT_PARAGRAPH_WORDS) return "minor";
  return "major";
}

/** Letters a source paragraph needs before its absence from a merged group can be measured. */
const MIN_MERGED_LETTERS = 30;
/** A merged group is suspicious below this share of its expected target length... */
const MERGED_SHORT = 0.75;
/** ...and the culprit is clear when the rest of the group then fits within this tolerance. */
const MERGED_FIT = 0.2;

/**
 * In a many-to-one group (two source paragraphs, one translation) whose translation is far too short, the
 * source paragraph whose absence best explains the length: the aligner merged a dropped paragraph.
 */
function missingFromMerge(item: GroupLength, typical: number, context: QaContext): number | null {
  const { group } = item;
  if (group.source.length < 2 || item.targetLetters / (typical * item.sourceLetters) >= MERGED_SHORT) return null;
  let best: number | null = null;
  let bestError = Infinity;
  for (const paragraph of group.source) {
    const letters = letterCount(context.source[paragraph] ?? "");
    if (letters < MIN_MERGED_LETTERS) continue;
    const rest = item.sourceLetters - letters;
    if (rest <= 0) continue;
    const error = Math.abs(item.targetLetters / (typical * rest) - 1);
    if (error < bestError) {
      bestError = error;
      best = paragraph;
    }
  }
  return bestError <= MERGED_FIT ? best : null;
}

/** Source paragraphs that the alignment leaves without any target paragraph, and source sentences left untranslated inside aligned paragraphs. */
export const omissionCheck: QaCheck = {
  id: "omission",
  scope: "article",
  name: "Omission",
  description: "Source paragraphs that have no translation at all (the alignment pairs them with no target paragraph), and source sentences with no translation inside an aligned paragraph.",
  category: "accuracy",
  subcategory: "omission",
  defaultSeverity: "major",
  run(context: QaContext): Finding[] {
    const findings: Finding[] = [];
    // Paragraphs that the sentence alignment shows to be translated in part: their dropped sentences are reported instead.
    const sentences = sentenceReport(context);
    for (const group of context.alignment) {
      if (group.target.length > 0) continue;
      for (const paragraph of group.source) {
        if (sentences.explainedSource.has(paragraph)) continue;
        const text = context.source[paragraph] ?? "";
        const span = trimmedSpan(text);
        if (!span || !/[\p{L}\p{N}]/u.test(text)) continue;
        const severity = omissionSeverity(text, context.sourceLang);
        findings.push(
          makeFinding(omissionCheck, {
            side: "source",
            paragraph,
            start: span.start,
            end: span.end,
            paragraphText: text,
            code: "paragraph",
            severity,
            message: "This source paragraph is not translated.",
            params: { words: countWords(text, context.sourceLang) },
          }),
        );
      }
    }
    const lengths = groupLengths(context);
    const typical = documentLengthRatio(lengths, MIN_MERGED_LETTERS, 2, true);
    const missingParagraphs = new Set<number>();
    for (const item of lengths) {
      const paragraph = typical === null ? null : missingFromMerge(item, typical, context);
      if (paragraph === null || sentences.explainedSource.has(paragraph)) continue;
      missingParagraphs.add(paragraph);
      const text = context.source[paragraph] ?? "";
      const span = trimmedSpan(text);
      if (!span) continue;
      const severity = omissionSeverity(text, context.sourceLang);
      findings.push(
        makeFinding(omissionCheck, {
          side: "source",
          paragraph,
          start: span.start,
          end: span.end,
          paragraphText: text,
          code: "in-merged-group",
          severity: severity === "critical" ? "major" : severity,
          message: "This source paragraph seems to be missing from the translation: the translation of its group is only as long as the other source paragraphs.",
        }),
      );
    }
    for (const gap of sentences.gaps) {
      const { sentence } = gap;
      if (gap.side !== "source" || missingParagraphs.has(sentence.paragraph)) continue;
      findings.push(
        makeFinding(omissionCheck, {
          side: "source",
          paragraph: sentence.paragraph,
          start: sentence.start,
          end: sentence.end,
          paragraphText: context.source[sentence.paragraph] ?? "",
          code: "sentence",
          severity: sentence.words >= LONG_SENTENCE_WORDS ? "major" : "minor",
          message: "This source sentence seems to have no translation.",
          params: { words: sentence.words },
        }),
      );
    }
    return findings;
  },
};
