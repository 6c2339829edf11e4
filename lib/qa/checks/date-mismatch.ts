import { extractDatesCached, monthName, weekdayName, type DateMention } from "../../text/dates";
import type { Finding, QaCheck, QaContext } from "../types";
import { makeFinding, primaryLanguage } from "../util";
import { comparableGroups } from "./number-mismatch";

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
function allowedValues(items: readonly Located[], kind: "weekday" | "month"): Set<number> {
  const values = new Set<number>();
  for (const { mention } of items) {
    if (mention.kind !== kind || mention.calendar !== "gregorian") continue;
    values.add(mention.value);
    for (const alternative of mention.alternatives ?? []) values.add(alternative);
  }
  return values;
}

/** Weekdays and months in the translation that contradict the ones the aligned source names. */
export const dateMismatchCheck: QaCheck = {
  id: "date-mismatch",
  scope: "row",
  name: "Date mismatch",
  description:
    "A weekday or month name in the translation that differs from the weekday or month the aligned source paragraphs name (Arabic Egyptian, Levantine and Maghrebi month names; Hijri months are ignored).",
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
