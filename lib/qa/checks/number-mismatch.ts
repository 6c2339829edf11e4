import type { AlignmentGroup } from "../../align/types";
import { extractDatesCached } from "../../text/dates";
import { extractNumbersCached, numbersAgree, sameValue, type NumberMention } from "../../text/numbers";
import type { Severity } from "../mqm";
import type { Finding, QaCheck, QaContext, Side } from "../types";
import { makeFinding, primaryLanguage } from "../util";

/** One number of a group side, with where it lives. */
interface Item {
  mention: NumberMention;
  paragraph: number;
  /** A day or year inside a date expression (explicitation like "November 2023" for "last November" is common). */
  dateDetail: boolean;
  hijri: boolean;
  matched: boolean;
}

/** Alignment groups to compare; without an alignment, paragraphs are paired by index when the counts agree. */
export function comparableGroups(context: QaContext): AlignmentGroup[] {
  if (context.alignment.length > 0) return context.alignment.map((g) => ({ source: [...g.source], target: [...g.target] }));
  if (context.source.length !== context.target.length) return [];
  return context.source.map((_, k) => ({ source: [k], target: [k] }));
}

/** Numbers of the given paragraphs, plus month names as weak numbers (5/3/2024 ↔ "5 Mar 2024"). */
function collect(paragraphs: readonly number[], texts: readonly string[], lang: string): Item[] {
  const items: Item[] = [];
  for (const paragraph of paragraphs) {
    const text = texts[paragraph];
    if (typeof text !== "string" || text.length === 0) continue;
    const dates = extractDatesCached(text, lang);
    const numbers = extractNumbersCached(text, lang);
    for (const mention of numbers) {
      const overlapping = dates.filter((d) => d.start < mention.end && d.end > mention.start);
      items.push({
        mention,
        paragraph,
        dateDetail: overlapping.some((d) => d.kind === "day" || d.kind === "year"),
        hijri: overlapping.some((d) => d.calendar === "hijri"),
        matched: false,
      });
    }
    for (const date of dates) {
      if (date.kind !== "month" || !date.named || date.calendar !== "gregorian") continue;
      items.push({
        mention: { value: date.value, start: date.start, end: date.end, text: date.text, percent: false, weak: true, form: "words" },
        paragraph,
        dateDetail: true,
        hijri: false,
        matched: false,
      });
    }
  }
  return items;
}

/** Maximum bipartite matching (Kuhn) between unmatched items of `left` and `right` that satisfy `edge`. */
function matchPass(left: Item[], right: Item[], edge: (a: Item, b: Item) => boolean): void {
  const l = left.filter((x) => !x.matched);
  const r = right.filter((x) => !x.matched);
  if (l.length === 0 || r.length === 0) return;
  const adjacency = l.map((a) => r.map((b, index) => (edge(a, b) ? index : -1)).filter((index) => index >= 0));
  const owner = new Array<number>(r.length).fill(-1);
  for (let u = 0; u < l.length; u++) tryAssign(u, new Array<boolean>(r.length).fill(false), adjacency, owner);
  owner.forEach((u, v) => {
    if (u >= 0) {
      l[u]!.matched = true;
      r[v]!.matched = true;
    }
  });
}

/** Augmenting path from left item `u` (Kuhn's algorithm). */
function tryAssign(u: number, seen: boolean[], adjacency: readonly number[][], owner: number[]): boolean {
  for (const v of adjacency[u]!) {
    if (seen[v]) continue;
    seen[v] = true;
    if (owner[v] === -1 || tryAssign(owner[v]!, seen, adjacency, owner)) {
      owner[v] = u;
      return true;
    }
  }
  return false;
}

const hard = (item: Item): boolean => item.mention.weak !== true;
const exact = (a: Item, b: Item): boolean => sameValue(a.mention.value, b.mention.value);
const agree = (a: Item, b: Item): boolean => numbersAgree(a.mention, b.mention);

/** Pairs equal numbers of the two sides: exact values first, then alternatives, then weak evidence. */
function matchItems(source: Item[], target: Item[]): void {
  matchPass(source.filter(hard), target.filter(hard), exact);
  matchPass(source.filter(hard), target.filter(hard), agree);
  matchPass(source.filter(hard), target, agree);
  matchPass(source, target.filter(hard), agree);
}

function formatPlain(value: number, lang: string): string {
  const decimalMark = ["fr", "es", "de", "it", "pt", "nl", "tr", "id", "ru", "pl"].includes(lang) ? "," : ".";
  const rounded = Math.round(value * 1e6) / 1e6;
  const [intPart, fraction] = String(rounded).split(".");
  let grouped = intPart!;
  if (Math.abs(rounded) >= 10000) {
    const group = lang === "fr" ? "\u00a0" : decimalMark === "," ? "." : ",";
    grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  }
  return fraction !== undefined ? `${grouped}${decimalMark}${fraction}` : grouped;
}

function toScriptOf(sample: string, digits: string): string {
  if (/[\u0660-\u0669]/.test(sample)) return digits.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))).replace(/\./g, "\u066b").replace(/,/g, "\u066c");
  if (/[\u06f0-\u06f9]/.test(sample)) return digits.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + Number(d)));
  return digits;
}

/** The source value written the way the target writes numbers (its digits, its scale word, its % sign). */
function suggestionFor(source: NumberMention, target: NumberMention, lang: string): string {
  const value = source.value;
  if (target.form !== "digits" && target.form !== "ordinal") return formatPlain(value, lang);
  const numeric = /^[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c\u00a0\u202f ]*/u.exec(target.text);
  if (!numeric) return formatPlain(value, lang);
  const numericText = numeric[0].replace(/[ \u00a0\u202f]+$/u, "");
  const rest = target.text.slice(numericText.length);
  let base = value;
  let tail = rest;
  if (target.scale !== undefined && source.scale !== undefined && source.scale !== target.scale && scaleWord(source.scale, value / source.scale, lang)) {
    // "3 ملايين" rendered "3 billion": say it with the source's scale in the target language.
    base = value / source.scale;
    tail = rest.replace(/^[ \u00a0\u202f]*\p{L}+/u, ` ${scaleWord(source.scale, base, lang)}`);
  } else if (target.scale !== undefined && value >= target.scale) base = value / target.scale;
  else if (target.scale !== undefined) tail = rest.replace(/^[ \u00a0\u202f]*\p{L}+/u, "");
  let digits = formatPlain(base, lang);
  if (/^0\d$/.test(numericText) && base < 10 && Number.isInteger(base)) digits = `0${digits}`;
  if (target.form === "ordinal") tail = "";
  return toScriptOf(numericText, digits) + tail;
}

const SCALE_NAMES: Record<string, Record<number, [singular: string, plural: string]>> = {
  en: { 1e6: ["million", "million"], 1e9: ["billion", "billion"], 1e12: ["trillion", "trillion"] },
  fr: { 1e6: ["million", "millions"], 1e9: ["milliard", "milliards"], 1e12: ["billion", "billions"] },
  es: { 1e6: ["millón", "millones"], 1e9: ["mil millones", "mil millones"], 1e12: ["billón", "billones"] },
  ar: { 1e6: ["مليون", "مليون"], 1e9: ["مليار", "مليار"], 1e12: ["تريليون", "تريليون"] },
};

function scaleWord(scale: number, base: number, lang: string): string | undefined {
  const names = SCALE_NAMES[lang]?.[scale];
  return names ? (base >= 2 ? names[1] : names[0]) : undefined;
}

function severityOf(item: Item, otherSideUnmatched: number): Severity {
  // A lone extra/missing year or day of a date is usually explicitation ("last November" → "November 2023").
  if (item.hijri) return "minor";
  if (item.dateDetail && otherSideUnmatched === 0) return "minor";
  return "major";
}

function textOf(context: QaContext, side: Side, item: Item): string {
  return (side === "source" ? context.source : context.target)[item.paragraph] ?? "";
}

/** Numbers in an aligned group whose value has no counterpart on the other side (digits, words, scales, times). */
export const numberMismatchCheck: QaCheck = {
  id: "number-mismatch",
  scope: "row",
  name: "Number mismatch",
  description:
    "Numbers in the translation that differ from the numbers of the aligned source paragraphs (and source numbers that are missing), tolerant of digit scripts, number words, scale words, percents and 12/24-hour times.",
  category: "accuracy",
  subcategory: "mistranslation",
  defaultSeverity: "major",
  run(context: QaContext): Finding[] {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const sourceLang = primaryLanguage(context.sourceLang);
    const targetLang = primaryLanguage(context.targetLang);
    const push = (finding: Finding): void => {
      const key = `${finding.side}:${finding.paragraph}:${finding.start}:${finding.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(finding);
    };
    for (const group of comparableGroups(context)) {
      if (group.source.length === 0 || group.target.length === 0) continue;
      try {
        const source = collect(group.source, context.source, sourceLang);
        const target = collect(group.target, context.target, targetLang);
        matchItems(source, target);
        const missing = source.filter((x) => hard(x) && !x.matched);
        const extra = target.filter((x) => hard(x) && !x.matched);
        if (missing.length === 1 && extra.length === 1) {
          const s = missing[0]!;
          const t = extra[0]!;
          const suggestion = suggestionFor(s.mention, t.mention, targetLang);
          push(
            makeFinding(numberMismatchCheck, {
              side: "target",
              paragraph: t.paragraph,
              start: t.mention.start,
              end: t.mention.end,
              paragraphText: textOf(context, "target", t),
              code: "different",
              severity: s.hijri || t.hijri ? "minor" : "major",
              message: `The number "${t.mention.text}" does not match the source ("${s.mention.text}").`,
              suggestion,
              params: { number: t.mention.text, expected: s.mention.text },
            }),
          );
          continue;
        }
        for (const t of extra) {
          push(
            makeFinding(numberMismatchCheck, {
              side: "target",
              paragraph: t.paragraph,
              start: t.mention.start,
              end: t.mention.end,
              paragraphText: textOf(context, "target", t),
              code: "extra",
              severity: severityOf(t, missing.length),
              message: `The number "${t.mention.text}" in the translation does not appear in the source.`,
              params: { number: t.mention.text },
            }),
          );
        }
        for (const s of missing) {
          push(
            makeFinding(numberMismatchCheck, {
              side: "source",
              paragraph: s.paragraph,
              start: s.mention.start,
              end: s.mention.end,
              paragraphText: textOf(context, "source", s),
              code: "missing",
              severity: severityOf(s, extra.length),
              message: `The number "${s.mention.text}" in the source is missing from the translation.`,
              params: { number: s.mention.text },
            }),
          );
        }
      } catch {
        // One odd group must not cost the findings of the others.
        continue;
      }
    }
    return findings;
  },
};
