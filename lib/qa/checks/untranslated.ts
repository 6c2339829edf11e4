import { countWords } from "../../text/words";
import type { Finding, QaCheck, QaContext } from "../types";
import { makeFinding, primaryLanguage, trimmedSpan, writesArabicScript } from "../util";

// Runs of Arabic-script (or Hebrew) words separated by spaces: each word starts with a letter of the script and
// continues with its letters, harakat, tatweel or ZWNJ; digits are never part of a run.
const ARABIC_WORD = String.raw`[\p{Script=Arabic}&&\p{L}][[\p{Script=Arabic}\p{M}\u200c\u0640]--\p{N}]*`;
const HEBREW_WORD = String.raw`[\p{Script=Hebrew}&&\p{L}][[\p{Script=Hebrew}\p{M}]--\p{N}]*`;
const ARABIC_RUN = new RegExp(`${ARABIC_WORD}(?:[ \u00a0]+${ARABIC_WORD})*`, "gv");
const HEBREW_RUN = new RegExp(`${HEBREW_WORD}(?:[ \u00a0]+${HEBREW_WORD})*`, "gv");
const URL_OR_HANDLE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{M}\p{N}_]+/gu;

/** Minimum words for "target identical to source" between two languages of the same script (names are often identical). */
const IDENTICAL_MIN_WORDS = 4;

function scriptRuns(text: string, pattern: RegExp): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let excluded: Array<[number, number]> | null = null;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    // URLs and handles are looked for only in a text with a run (most translations have none).
    if (excluded === null) {
      excluded = [];
      for (const url of text.matchAll(URL_OR_HANDLE)) excluded.push([url.index, url.index + url[0].length]);
    }
    if (excluded.some(([a, b]) => start < b && end > a)) continue;
    runs.push({ start, end });
  }
  return runs;
}

const ARABIC_BLOCK = /[\u0600-\u06ff]/u;

function sameText(a: string, b: string): boolean {
  // NFC never creates or removes every Arabic-block character, so texts that differ in having one cannot be the
  // same; this spares normalizing every Arabic source against its (Latin) translation.
  if (ARABIC_BLOCK.test(a) !== ARABIC_BLOCK.test(b)) return false;
  return a.normalize("NFC").replace(/\s+/gu, " ").trim() === b.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Source-script words left in the target, and target paragraphs identical to their source. */
export const untranslatedCheck: QaCheck = {
  id: "untranslated",
  scope: "row",
  name: "Untranslated text",
  description: "Arabic-script (or Hebrew) words left in a target written in another script, and target paragraphs identical to their source.",
  category: "accuracy",
  subcategory: "untranslated",
  defaultSeverity: "major",
  run(context: QaContext): Finding[] {
    const findings: Finding[] = [];
    const targetLang = primaryLanguage(context.targetLang);
    const patterns: RegExp[] = [];
    if (!writesArabicScript(targetLang)) patterns.push(ARABIC_RUN);
    if (targetLang !== "he" && targetLang !== "yi" && targetLang !== "iw") patterns.push(HEBREW_RUN);
    for (const group of context.alignment) {
      for (const paragraph of group.target) {
        const text = context.target[paragraph] ?? "";
        const identicalTo = group.source.find((s) => {
          const sourceText = context.source[s] ?? "";
          return /\p{L}/u.test(sourceText) && sameText(sourceText, text);
        });
        if (identicalTo !== undefined) {
          const span = trimmedSpan(text);
          const crossScript = patterns.some((pattern) => scriptRuns(text, pattern).length > 0);
          if (span && (crossScript || countWords(text, context.targetLang) >= IDENTICAL_MIN_WORDS)) {
            findings.push(
              makeFinding(untranslatedCheck, {
                side: "target",
                paragraph,
                start: span.start,
                end: span.end,
                paragraphText: text,
                code: "identical",
                message: "The translation is identical to its source paragraph.",
                params: { paragraph: identicalTo },
              }),
            );
            continue;
          }
        }
        for (const pattern of patterns) {
          for (const run of scriptRuns(text, pattern)) {
            const before = text.slice(0, run.start).trimEnd();
            const after = text.slice(run.end).trimStart();
            // "the Nakba (النكبة)": a gloss in brackets after the translation is often deliberate.
            const glossed = /[(\[]$/u.test(before) && /^[)\]]/u.test(after);
            findings.push(
              makeFinding(untranslatedCheck, {
                side: "target",
                paragraph,
                start: run.start,
                end: run.end,
                paragraphText: text,
                code: glossed ? "source-script-gloss" : "source-script",
                severity: glossed ? "minor" : "major",
                message: glossed ? "Source-language text in brackets: check it is a deliberate gloss." : "Source-language text left untranslated.",
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};
