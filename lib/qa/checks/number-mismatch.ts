import { extractDatesCached } from "../../text/dates";
import { extractNumbersCached, numbersAgree, type NumberMention } from "../../text/numbers";
import type { Severity } from "../mqm";
import type { Finding, QaCheck, QaContext, Side } from "../types";
import { comparableGroups, makeFinding, primaryLanguage, tooLongToCheck } from "../util";

/** One number of a group side, with where it lives. */
interface Item {
  mention: NumberMention;
  paragraph: number;
  /** A day or year inside a date expression (explicitation like "November 2023" for "last November" is common). */
  dateDetail: boolean;
  /** The Gregorian day or year of a date this number is: date-mismatch reports a wrong one (see `leftToDates`). */
  dateKind?: "day" | "year";
  hijri: boolean;
  matched: boolean;
}

/** Numbers of the given paragraphs, plus month names as weak numbers (5/3/2024 ↔ "5 Mar 2024"). */
function collect(paragraphs: readonly number[], texts: readonly string[], lang: string): Item[] {
  const items: Item[] = [];
  for (const paragraph of paragraphs) {
    const text = texts[paragraph];
    if (typeof text !== "string" || text.length === 0) continue;
    const dates = extractDatesCached(text, lang);
    const numbers = extractNumbersCached(text, lang);
    // Numbers come in text order; walk the dates alongside, keeping those that may still overlap a later number.
    const byStart = [...dates].sort((x, y) => x.start - y.start);
    let next = 0;
    let active: typeof byStart = [];
    for (const mention of numbers) {
      while (next < byStart.length && byStart[next]!.start < mention.end) active.push(byStart[next++]!);
      active = active.filter((d) => d.end > mention.start);
      let dateDetail = false;
      let hijri = false;
      let dateKind: "day" | "year" | undefined;
      for (const d of active) {
        if (d.start >= mention.end) continue;
        if (d.kind === "day" || d.kind === "year") {
          dateDetail = true;
          if (d.calendar === "gregorian" && d.start === mention.start && d.end === mention.end && (d.kind === "day" || d.inDate === true)) dateKind = d.kind;
        }
        if (d.calendar === "hijri") hijri = true;
      }
      items.push({ mention, paragraph, dateDetail, hijri, matched: false, ...(dateKind !== undefined && !hijri ? { dateKind } : {}) });
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

/** Comparison key of a value: equal for values `sameValue` considers equal (floats computed two ways). */
function valueKey(value: number): string {
  // Integers below 10^12 are exact already (and most numbers are such integers): toPrecision is slow.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return String(value);
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : String(value);
}

/** Items with the same keys are interchangeable: the matching runs on these classes, not on items. */
interface ItemClass {
  keys: string[];
  members: Item[];
  /** Members not matched yet (left: supply; right: room). */
  free: number;
}

function classesOf(items: readonly Item[], keysOf: (item: Item) => string[]): ItemClass[] {
  const bySignature = new Map<string, ItemClass>();
  for (const item of items) {
    if (item.matched) continue;
    const keys = [...new Set(keysOf(item))].sort();
    const signature = keys.join("|");
    let itemClass = bySignature.get(signature);
    if (itemClass === undefined) {
      itemClass = { keys, members: [], free: 0 };
      bySignature.set(signature, itemClass);
    }
    itemClass.members.push(item);
    itemClass.free++;
  }
  return [...bySignature.values()];
}

/** Class-graph edges and augmenting-path steps one group may cost before it is reported as too long to check. */
const MATCHING_BUDGET = 2_000_000;

const MAX_PATH_LENGTH = 2_000;

/**
 * Maximum bipartite matching between unmatched items of `left` and `right`, where two items may pair when they
 * share a key. Items with the same keys form one class with a capacity, so a value repeated 100,000 times on
 * both sides is one edge, not 10^10: augmenting paths (Ford-Fulkerson) run on the class graph and push as many
 * pairs at once as the path allows. Within a class, earlier items are matched first. Returns false (and
 * matches nothing) when the problem is larger than MATCHING_BUDGET.
 */
function matchPass(left: readonly Item[], right: readonly Item[], keysOf: (item: Item) => string[]): boolean {
  if (!left.some((item) => !item.matched) || !right.some((item) => !item.matched)) return true;
  const l = classesOf(left, keysOf);
  const r = classesOf(right, keysOf);
  const rightByKey = new Map<string, number[]>();
  r.forEach((itemClass, index) => {
    for (const key of itemClass.keys) {
      const list = rightByKey.get(key);
      if (list === undefined) rightByKey.set(key, [index]);
      else list.push(index);
    }
  });
  let budget = MATCHING_BUDGET;
  let exceeded = false;
  // Visit marks: a cell holds the number of the search that visited it (no clearing between searches).
  const seenLeft = new Uint32Array(l.length);
  const seenRight = new Uint32Array(r.length);
  let search = 0;
  const adjacency = l.map((itemClass) => {
    const targets = new Set<number>();
    for (const key of itemClass.keys) for (const v of rightByKey.get(key) ?? []) targets.add(v);
    budget -= targets.size;
    return [...targets];
  });
  if (budget < 0) return false;
  // flow[u] maps a right class to the number of pairs between left class u and it.
  const flow = l.map(() => new Map<number, number>());
  // For each right class, the left classes that send flow to it (to walk residual edges backwards).
  const senders = r.map(() => new Set<number>());
  for (let u = 0; u < l.length; u++) {
    while (l[u]!.free > 0) {
      search++;
      const path: Array<{ u: number; v: number }> = [];
      const augment = (from: number): boolean => {
        seenLeft[from] = search;
        // Paths are short in real text; a deep one would only come from a crafted input (and exhaust the stack).
        if (path.length > MAX_PATH_LENGTH || --budget < 0) {
          exceeded = true;
          return false;
        }
        for (const v of adjacency[from]!) {
          if (exceeded || --budget < 0) {
            exceeded = true;
            return false;
          }
          if (seenRight[v] === search) continue;
          seenRight[v] = search;
          path.push({ u: from, v });
          if (r[v]!.free > 0) return true;
          for (const w of senders[v]!) {
            if (seenLeft[w] === search) continue;
            // Re-route flow w→v elsewhere: the path continues from w, and w→v loses what u→...→v gains.
            path.push({ u: w, v: -1 - v });
            if (augment(w)) return true;
            path.pop();
          }
          path.pop();
        }
        return false;
      };
      if (!augment(u)) {
        if (exceeded) return false;
        break;
      }
      // Bottleneck: supply of u, room at the end, and flow on every backward edge.
      const last = path[path.length - 1]!;
      let amount = Math.min(l[u]!.free, r[last.v]!.free);
      for (const step of path) if (step.v < 0) amount = Math.min(amount, flow[step.u]!.get(-1 - step.v)!);
      for (const step of path) {
        if (step.v >= 0) {
          const next = (flow[step.u]!.get(step.v) ?? 0) + amount;
          flow[step.u]!.set(step.v, next);
          senders[step.v]!.add(step.u);
        } else {
          const v = -1 - step.v;
          const next = flow[step.u]!.get(v)! - amount;
          if (next === 0) {
            flow[step.u]!.delete(v);
            senders[v]!.delete(step.u);
          } else flow[step.u]!.set(v, next);
        }
      }
      l[u]!.free -= amount;
      r[last.v]!.free -= amount;
    }
  }
  const takeNext = new Map<ItemClass, number>();
  const markMatched = (itemClass: ItemClass, count: number): void => {
    let index = takeNext.get(itemClass) ?? 0;
    for (let k = 0; k < count; k++) itemClass.members[index++]!.matched = true;
    takeNext.set(itemClass, index);
  };
  flow.forEach((pairs, u) => {
    for (const [v, count] of pairs) {
      markMatched(l[u]!, count);
      markMatched(r[v]!, count);
    }
  });
  return true;
}

const hard = (item: Item): boolean => item.mention.weak !== true;

/**
 * Matching keys of values: percentage points ("3 نقاط مئوية") only match percentage points, bare "points" match
 * either reading, everything else (plain numbers, percents) matches by value.
 */
function unitKeys(item: Item, values: readonly number[]): string[] {
  const points = item.mention.points;
  if (points === undefined) return values.map(valueKey);
  const keys: string[] = [];
  for (const value of values) {
    const key = valueKey(value);
    if (points !== "percentage") keys.push(key);
    if (points !== undefined) keys.push(`${key}:pp`);
  }
  return keys;
}
function exactKeys(item: Item): string[] {
  const mention = item.mention;
  return mention.points === undefined ? [valueKey(mention.value)] : unitKeys(item, [mention.value]);
}
function agreeKeys(item: Item): string[] {
  const mention = item.mention;
  if (mention.points === undefined && mention.alternatives === undefined) return [valueKey(mention.value)];
  return unitKeys(item, [mention.value, ...(mention.alternatives ?? [])]);
}

/** One side says percent, the other percentage points, for the same value ("3%" for "ثلاث نقاط مئوية"). */
function unitOnlyDiffers(a: NumberMention, b: NumberMention): boolean {
  const aPoints = a.points === "percentage";
  const bPoints = b.points === "percentage";
  return aPoints !== bPoints && (aPoints ? b.percent : a.percent) && numbersAgree(a, b);
}

/**
 * Pairs equal numbers of the two sides: exact values first, then alternatives, then weak evidence. False when the
 * group is too large to match within the budget.
 */
function matchItems(source: Item[], target: Item[]): boolean {
  return (
    matchPass(source.filter(hard), target.filter(hard), exactKeys) &&
    matchPass(source.filter(hard), target.filter(hard), agreeKeys) &&
    matchPass(source.filter(hard), target, agreeKeys) &&
    matchPass(source, target.filter(hard), agreeKeys)
  );
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

/**
 * `items` minus the Gregorian days and years of dates left to date-mismatch: a translation's day (year) is judged
 * there when the source dates have a day (year) too (`others`: all source items); a source day (year) is dropped
 * when such a translation day (year) was (`others`: those target items), so one wrong year is one finding.
 */
function leftToDates(items: readonly Item[], others: readonly Item[]): Item[] {
  if (!items.some((x) => x.dateKind !== undefined)) return [...items];
  const otherKinds = new Set<string>();
  for (const x of others) if (x.dateKind !== undefined) otherKinds.add(x.dateKind);
  return items.filter((x) => x.dateKind === undefined || !otherKinds.has(x.dateKind));
}

const MAX_PAIRED = 8;

/**
 * Wrong numbers of one group paired in reading order, or null: as many on each side (2 to MAX_PAIRED), no Hijri
 * number, and each pair like for like — both percentages (or the same value in percent and percentage points), or
 * both plain numbers within a factor of ten of each other (3.4 million written 4.3 million, 15% written 16%).
 */
function pairsOff(missing: readonly Item[], extra: readonly Item[]): Array<readonly [Item, Item]> | null {
  if (missing.length !== extra.length || missing.length < 2 || missing.length > MAX_PAIRED) return null;
  const inOrder = (items: readonly Item[]) => [...items].sort((a, b) => a.paragraph - b.paragraph || a.mention.start - b.mention.start);
  const sources = inOrder(missing);
  const targets = inOrder(extra);
  const pairs: Array<readonly [Item, Item]> = [];
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    const t = targets[k]!;
    if (s.hijri || t.hijri) return null;
    const percent = (m: NumberMention) => m.percent || m.points === "percentage";
    const a = Math.abs(s.mention.value);
    const b = Math.abs(t.mention.value);
    const alike = unitOnlyDiffers(s.mention, t.mention) || (percent(s.mention) === percent(t.mention) && a > 0 && b > 0 && Math.max(a, b) <= 10 * Math.min(a, b));
    if (!alike) return null;
    pairs.push([s, t]);
  }
  return pairs;
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
      const source = collect(group.source, context.source, sourceLang);
      const target = collect(group.target, context.target, targetLang);
      if (!matchItems(source, target)) {
        const paragraph = group.target[0]!;
        push(tooLongToCheck(numberMismatchCheck, "target", paragraph, context.target[paragraph] ?? ""));
        continue;
      }
      const missingAll = source.filter((x) => hard(x) && !x.matched);
      const extraAll = target.filter((x) => hard(x) && !x.matched);
      // A wrong day or year of a date is date-mismatch's finding; its counterpart is not a missing number either.
      const extra = leftToDates(extraAll, source);
      const kept = new Set(extra);
      const missing = leftToDates(missingAll, extraAll.filter((x) => !kept.has(x)));
      // "in third place" for "المركز 4": a weak ordinal word (third or more; "first"/"second" are too common) is the
      // only candidate for the one missing small number.
      const missingValue = missing.length === 1 ? missing[0]!.mention.value : 0;
      const ordinals =
        missing.length === 1 && extra.length === 0 && Number.isInteger(missingValue) && missingValue >= 1 && missingValue <= 31
          ? target.filter((x) => !x.matched && x.mention.form === "ordinal" && !hard(x) && x.mention.value >= 3)
          : [];
      if (ordinals.length === 1) extra.push(ordinals[0]!);
      // One wrong number is one finding on the translation, with the source value as suggestion; several wrong
      // numbers of one group likewise, when they pair off in reading order as like for like (see `pairsOff`).
      const pairs = missing.length === 1 && extra.length === 1 ? [[missing[0]!, extra[0]!] as const] : pairsOff(missing, extra);
      for (const [s, t] of pairs ?? []) {
        // The same value in percent on one side and in percentage points on the other is its own finding.
        const points = unitOnlyDiffers(s.mention, t.mention);
        push(
          makeFinding(numberMismatchCheck, {
            side: "target",
            paragraph: t.paragraph,
            start: t.mention.start,
            end: t.mention.end,
            paragraphText: textOf(context, "target", t),
            code: points ? "percent-points" : "different",
            severity: !points && (s.hijri || t.hijri) ? "minor" : "major",
            message: points
              ? `"${t.mention.text}" and the source ("${s.mention.text}") differ: one is in percent, the other in percentage points.`
              : `The number "${t.mention.text}" does not match the source ("${s.mention.text}").`,
            ...(points ? {} : { suggestion: suggestionFor(s.mention, t.mention, targetLang) }),
            params: { number: t.mention.text, expected: s.mention.text },
          }),
        );
      }
      if (pairs !== null) continue;
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
    }
    return findings;
  },
};
