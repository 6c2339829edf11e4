import type { Finding, QaCheck, QaContext } from "../types";
import { documentLengthRatio, groupLengths, makeFinding, trimmedSpan } from "../util";

/** Groups needed before the document's own ratio is trusted. */
const MIN_GROUPS = 4;
/** Source letters below which a group is too short to judge (headlines, datelines). */
const MIN_SOURCE_LETTERS = 50;
/** Flag only when the group's ratio is this far from the document median (either way). */
const SHORTER_FACTOR = 0.4;
const LONGER_FACTOR = 2.5;

/** Groups whose translation is far shorter or longer than the document's own target/source length ratio. */
export const lengthRatioCheck: QaCheck = {
  id: "length-ratio",
  scope: "article",
  name: "Length ratio",
  description: "Paragraphs whose translation is much shorter (possible partial omission) or much longer (possible addition) than the article's usual length ratio.",
  category: "style",
  defaultSeverity: "minor",
  run(context: QaContext): Finding[] {
    const measured = groupLengths(context).filter((item) => item.sourceLetters >= MIN_SOURCE_LETTERS);
    const typical = documentLengthRatio(measured, MIN_SOURCE_LETTERS, MIN_GROUPS);
    if (typical === null) return [];
    const findings: Finding[] = [];
    for (const item of measured) {
      const relative = item.ratio / typical;
      const shorter = relative < SHORTER_FACTOR;
      if (!shorter && relative <= LONGER_FACTOR) continue;
      // Point at the longest target paragraph of the group (usually the only one).
      const paragraph = item.group.target.reduce((best, t) => ((context.target[t] ?? "").length > (context.target[best] ?? "").length ? t : best));
      const text = context.target[paragraph] ?? "";
      const span = trimmedSpan(text);
      if (!span) continue;
      const percent = Math.round(relative * 100);
      findings.push(
        makeFinding(lengthRatioCheck, {
          side: "target",
          paragraph,
          start: span.start,
          end: span.end,
          paragraphText: text,
          code: shorter ? "too-short" : "too-long",
          message: shorter
            ? `This translation is much shorter than usual for this article (${percent}% of the expected length): part of the source may be missing.`
            : `This translation is much longer than usual for this article (${percent}% of the expected length): check for added text.`,
          params: { percent },
        }),
      );
    }
    return findings;
  },
};
