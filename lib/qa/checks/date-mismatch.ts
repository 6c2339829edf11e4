import { extractDatesCached, monthName, weekdayName, type DateMention } from "../../text/dates";
import { extractNumbersCached } from "../../text/numbers";
import type { Finding, QaCheck, QaContext } from "../types";
import { comparableGroups, makeFinding, primaryLanguage } from "../util";

interface Located {
  mention: DateMention;
  paragraph: number;
}

function collect(paragraphs: readonly number[], texts: readonly string[], lang: string): Located[] {
  const out: Located[] = [];
  for (const paragraph of paragraphs) {
    const text = texts[paragraph];
    if (typeof text !== "string" || text.length === 0) continue;
    for (const mention of extractDatesCached(text, lang)) out.push({ mention, paragraph });
  }
  return out;
}

/** Values a source side allows for one kind (numeric dates allow both day/month readings). */
function allowedValues(items: readonly Located[], kind: "weekday" | "month" | "day" | "year"): Set<number> {
  const values = new Set<number>();
  for (const { mention } of items) {
    if (mention.kind !== kind || mention.calendar !== "gregorian") continue;
    values.add(mention.value);
    for (const alternative of mention.alternatives ?? []) values.add(alternative);
  }
  return values;
}

/** Messages for a wrong day or year inside a date. */
const DETAILS = {
  day: { code: "day", describe: (found: string, expected: string) => `The day "${found}" of the date does not match the source${expected ? ` (${expected})` : ""}.` },
  year: { code: "year", describe: (found: string, expected: string) => `The year "${found}" of the date does not match the source${expected ? ` (${expected})` : ""}.` },
} as const;

const DETAIL_KINDS = ["day", "year"] as const;

/** Gregorian days, and years that are part of a full date. */
function detailsOf(items: readonly Located[], kind: "day" | "year"): Located[] {
  const out: Located[] = [];
  for (const x of items) if (x.mention.kind === kind && x.mention.calendar === "gregorian" && (kind === "day" || x.mention.inDate === true)) out.push(x);
  return out;
}

/**
 * Days and years of full Gregorian dates in the translation that no date or number of the aligned source has ("May
 * 12, 2023" for "12 أيار 2024"), when the source has such a date with a day (year) too: a date added for
 * explicitation is not contradicted, and a bare "1939" is a number-mismatch matter. number-mismatch leaves these
 * to this check.
 */
function detailFindings(context: QaContext, paragraphs: readonly number[], source: readonly Located[], target: readonly Located[], sourceLang: string, seen: Set<string>): Finding[] {
  const findings: Finding[] = [];
  if (!target.some((x) => x.mention.kind === "day" || x.mention.inDate === true)) return findings;
  for (const kind of DETAIL_KINDS) {
    const targetDetails = detailsOf(target, kind);
    if (targetDetails.length === 0) continue;
    const sourceDetails = detailsOf(source, kind);
    if (sourceDetails.length === 0) continue;
    const allowed = allowedValues(source, kind);
    if (targetDetails.every((x) => allowed.has(x.mention.value))) continue;
    // The number may be written elsewhere in the source ("الخامس من مايو" has no digit day): any source number counts.
    for (const paragraph of paragraphs) {
      for (const number of extractNumbersCached(context.source[paragraph] ?? "", sourceLang)) {
        allowed.add(number.value);
        for (const alternative of number.alternatives ?? []) allowed.add(alternative);
      }
    }
    const targetValues = new Set(targetDetails.map((x) => x.mention.value));
    const expected = [...new Set(sourceDetails.map((x) => x.mention.value))].filter((v) => !targetValues.has(v));
    for (const { mention, paragraph } of targetDetails) {
      if (allowed.has(mention.value)) continue;
      const key = `${paragraph}:${mention.start}:${mention.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const expectedText = expected.map(String).join(" / ");
      const detail = DETAILS[kind];
      const draft = {
        side: "target" as const,
        paragraph,
        start: mention.start,
        end: mention.end,
        paragraphText: context.target[paragraph] ?? "",
        code: detail.code,
        message: detail.describe(mention.text, expectedText),
        params: { found: mention.text, expected: expectedText },
      };
      findings.push(makeFinding(dateMismatchCheck, expected.length === 1 ? { ...draft, suggestion: String(expected[0]) } : draft));
    }
  }
  return findings;
}

/** Weekdays and months in the translation that contradict the ones the aligned source names. */
export const dateMismatchCheck: QaCheck = {
  id: "date-mismatch",
  scope: "row",
  name: "Date mismatch",
  description:
    "A weekday or month name in the translation that differs from the weekday or month the aligned source paragraphs name (Arabic Egyptian, Levantine and Maghrebi month names; Hijri months are ignored), and a day or year of a date that no date or number of the source has.",
  category: "accuracy",
  subcategory: "mistranslation",
  defaultSeverity: "major",
  run(context: QaContext): Finding[] {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const sourceLang = primaryLanguage(context.sourceLang);
    const targetLang = primaryLanguage(context.targetLang);
    for (const group of comparableGroups(context)) {
      if (group.source.length === 0 || group.target.length === 0) continue;
      const source = collect(group.source, context.source, sourceLang);
      const target = collect(group.target, context.target, targetLang);
      findings.push(...detailFindings(context, group.source, source, target, sourceLang, seen));
      for (const kind of ["weekday", "month"] as const) {
        const allowed = allowedValues(source, kind);
        if (allowed.size === 0) continue;
        // Named source values the translation does not have: the likely intended ones.
        const namedSource = new Set(source.filter((x) => x.mention.kind === kind && x.mention.calendar === "gregorian").map((x) => x.mention.value));
        const targetValues = new Set(target.filter((x) => x.mention.kind === kind).map((x) => x.mention.value));
        const expected = [...namedSource].filter((v) => !targetValues.has(v));
        for (const { mention, paragraph } of target) {
          if (mention.kind !== kind || !mention.named || mention.calendar !== "gregorian") continue;
          if (allowed.has(mention.value)) continue;
          const key = `${paragraph}:${mention.start}:${mention.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const name = (value: number): string =>
            kind === "weekday" ? weekdayName(value, targetLang, mention.abbreviated === true) : monthName(value, targetLang, mention.abbreviated === true);
          const candidates = expected.length > 0 ? expected : namedSource.size > 0 ? [...namedSource] : [...allowed];
          const expectedText = candidates.map((v) => name(v)).join(" / ");
          const draft = {
            side: "target" as const,
            paragraph,
            start: mention.start,
            end: mention.end,
            paragraphText: context.target[paragraph] ?? "",
            code: kind,
            message:
              kind === "weekday"
                ? `The weekday "${mention.text}" does not match the source${expectedText ? ` (${expectedText})` : ""}.`
                : `The month "${mention.text}" does not match the source${expectedText ? ` (${expectedText})` : ""}.`,
            params: { found: mention.text, expected: expectedText },
          };
          findings.push(makeFinding(dateMismatchCheck, candidates.length === 1 ? { ...draft, suggestion: name(candidates[0]!) } : draft));
        }
      }
    }
    return findings;
  },
};
