/**
 * Date mentions: weekdays, months (Gregorian in Egyptian/Gulf, Levantine and Maghrebi Arabic names; Hijri months
 * marked as such), days next to a month name, years, and numeric dates (5/3/2024). English, French and Spanish
 * names, with abbreviations only where a number follows ("Tue 05 Mar 2024"). Names that are also ordinary
 * words (English "May"/"March", Arabic مارس "he practised", آب "father", نيسان "Nissan") count only in a
 * date context: a number next to them, or a preposition such as "in"/"في"/"منذ" before them.
 */
import { normalizeArabic } from "./arabic";
import { BoundedCache, memoizeString } from "./memo";
import { asciiLettersOnly, beyondLatin1, LETTER, MARK, runEnd } from "./char-class";

export type DateKind = "weekday" | "month" | "day" | "year";

export interface DateMention {
  kind: DateKind;
  /** weekday: 0 = Sunday … 6 = Saturday; month: 1-12; day: 1-31; year: as written. */
  value: number;
  start: number;
  end: number;
  text: string;
  /** Hijri months and years (followed by هـ); Gregorian otherwise. */
  calendar: "gregorian" | "hijri";
  /** Written as a word (a month name) rather than digits of a numeric date. */
  named: boolean;
  /** Short form ("Tue", "Mar."). */
  abbreviated?: boolean;
  /** Other reading of a numeric date part (5/3 is 5 March or May 3). */
  alternatives?: number[];
  /** A year right after a month or day ("12 أيار 2024", "May 12, 2023", "5/3/2024"): part of a full date. */
  inDate?: boolean;
}

function primary(lang: string): string {
  return (lang.trim().toLowerCase().split(/[-_]/)[0] ?? "").trim();
}

const A = (word: string): string => normalizeArabic(word);

interface NameInfo {
  kind: "weekday" | "month";
  value: number;
  calendar: "gregorian" | "hijri";
  abbreviated?: boolean;
  /** Also an ordinary word: needs a date context. */
  ambiguous?: boolean;
  /** Second word required (Arabic تشرين الأول) → value by the second word. */
  compound?: Record<string, number>;
  /** Second word required, looked up by its own key (ذو القعدة, ذو الحجة) → value. */
  secondWord?: Record<string, number>;
  /** Must be capitalized (English names). */
  capital?: boolean;
}

type Names = Map<string, NameInfo>;

function names(entries: Array<[string[], NameInfo]>): Names {
  const map: Names = new Map();
  for (const [words, info] of entries) for (const w of words) map.set(w, info);
  return map;
}

const wd = (value: number, extra: Partial<NameInfo> = {}): NameInfo => ({ kind: "weekday", value, calendar: "gregorian", ...extra });
const mo = (value: number, extra: Partial<NameInfo> = {}): NameInfo => ({ kind: "month", value, calendar: "gregorian", ...extra });
const hi = (value: number, extra: Partial<NameInfo> = {}): NameInfo => ({ kind: "month", value, calendar: "hijri", ...extra });

const EN: Names = names([
  [["sunday"], wd(0)], [["monday"], wd(1)], [["tuesday"], wd(2)], [["wednesday"], wd(3)], [["thursday"], wd(4)],
  [["friday"], wd(5)], [["saturday"], wd(6)],
  [["sun"], wd(0, { abbreviated: true })], [["mon"], wd(1, { abbreviated: true })], [["tue", "tues"], wd(2, { abbreviated: true })],
  [["wed"], wd(3, { abbreviated: true })], [["thu", "thur", "thurs"], wd(4, { abbreviated: true })], [["fri"], wd(5, { abbreviated: true })],
  [["sat"], wd(6, { abbreviated: true })],
  [["january"], mo(1, { capital: true })], [["february"], mo(2, { capital: true })], [["march"], mo(3, { capital: true, ambiguous: true })],
  [["april"], mo(4, { capital: true, ambiguous: true })], [["may"], mo(5, { capital: true, ambiguous: true })],
  [["june"], mo(6, { capital: true, ambiguous: true })], [["july"], mo(7, { capital: true })],
  [["august"], mo(8, { capital: true, ambiguous: true })], [["september"], mo(9, { capital: true })],
  [["october"], mo(10, { capital: true })], [["november"], mo(11, { capital: true })], [["december"], mo(12, { capital: true })],
  ...(["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const)
    .map((w, k): [string[], NameInfo] => [[w], mo(k + 1, { capital: true, abbreviated: true })])
    .filter(([w]) => w[0] !== ""),
  [["sept"], mo(9, { capital: true, abbreviated: true })],
  [["muharram"], hi(1, { capital: true })], [["rajab"], hi(7, { capital: true, ambiguous: true })], [["ramadan"], hi(9, { capital: true })],
  [["shawwal"], hi(10, { capital: true })], [["shaban", "sha'ban"], hi(8, { capital: true })],
]);

const FR: Names = names([
  [["dimanche"], wd(0)], [["lundi"], wd(1)], [["mardi"], wd(2)], [["mercredi"], wd(3)], [["jeudi"], wd(4)],
  [["vendredi"], wd(5)], [["samedi"], wd(6)],
  [["janvier"], mo(1)], [["février", "fevrier"], mo(2)], [["mars"], mo(3, { ambiguous: true })], [["avril"], mo(4)],
  [["mai"], mo(5)], [["juin"], mo(6)], [["juillet"], mo(7)], [["août", "aout"], mo(8)], [["septembre"], mo(9)],
  [["octobre"], mo(10)], [["novembre"], mo(11)], [["décembre", "decembre"], mo(12)],
  [["janv"], mo(1, { abbreviated: true })], [["févr", "fevr"], mo(2, { abbreviated: true })], [["avr"], mo(4, { abbreviated: true })],
  [["juil"], mo(7, { abbreviated: true })], [["sept"], mo(9, { abbreviated: true })], [["oct"], mo(10, { abbreviated: true })],
  [["nov"], mo(11, { abbreviated: true })], [["déc", "dec"], mo(12, { abbreviated: true })],
  [["ramadan", "ramadhan"], hi(9)],
]);

const ES: Names = names([
  [["domingo"], wd(0, { ambiguous: true })], [["lunes"], wd(1)], [["martes"], wd(2)], [["miércoles", "miercoles"], wd(3)],
  [["jueves"], wd(4)], [["viernes"], wd(5)], [["sábado", "sabado"], wd(6)],
  [["enero"], mo(1)], [["febrero"], mo(2)], [["marzo"], mo(3)], [["abril"], mo(4)], [["mayo"], mo(5)], [["junio"], mo(6)],
  [["julio"], mo(7, { ambiguous: true })], [["agosto"], mo(8)], [["septiembre", "setiembre"], mo(9)], [["octubre"], mo(10)],
  [["noviembre"], mo(11)], [["diciembre"], mo(12)],
  [["ramadán", "ramadan"], hi(9)],
]);

const AR_SECOND_WORD: Record<string, number> = { [A("الأول")]: 1, [A("الثاني")]: 2, [A("الآخر")]: 2, [A("الأولى")]: 1, [A("الآخرة")]: 2, [A("الثانية")]: 2 };

const AR: Names = names([
  [[A("الأحد")], wd(0)], [[A("الاثنين"), A("الإثنين")], wd(1, { ambiguous: true })], [[A("الثلاثاء")], wd(2)],
  [[A("الأربعاء")], wd(3)], [[A("الخميس")], wd(4)], [[A("الجمعة")], wd(5)], [[A("السبت")], wd(6)],
  // Egyptian / Gulf
  [[A("يناير")], mo(1)], [[A("فبراير")], mo(2)], [[A("مارس")], mo(3, { ambiguous: true })], [[A("أبريل"), A("إبريل")], mo(4)],
  [[A("مايو")], mo(5)], [[A("يونيو"), A("يونيه")], mo(6)], [[A("يوليو"), A("يوليه")], mo(7)], [[A("أغسطس")], mo(8)],
  [[A("سبتمبر")], mo(9)], [[A("أكتوبر")], mo(10)], [[A("نوفمبر")], mo(11)], [[A("ديسمبر")], mo(12)],
  // Levantine / Iraqi
  [[A("شباط")], mo(2)], [[A("آذار")], mo(3)], [[A("نيسان")], mo(4, { ambiguous: true })], [[A("أيار")], mo(5)],
  [[A("حزيران")], mo(6)], [[A("تموز")], mo(7, { ambiguous: true })], [[A("آب")], mo(8, { ambiguous: true })], [[A("أيلول")], mo(9)],
  [[A("تشرين")], mo(0, { compound: { 1: 10, 2: 11 } })], [[A("كانون")], mo(0, { compound: { 1: 12, 2: 1 } })],
  // Maghrebi
  [[A("جانفي")], mo(1)], [[A("فيفري")], mo(2)], [[A("أفريل")], mo(4)], [[A("ماي")], mo(5, { ambiguous: true })], [[A("جوان")], mo(6)],
  [[A("جويلية"), A("جويليه"), A("يوليوز")], mo(7)], [[A("أوت"), A("غشت")], mo(8)], [[A("شتنبر")], mo(9)], [[A("نونبر")], mo(11)],
  [[A("دجنبر")], mo(12)],
  // Hijri (never compared)
  [[A("محرم")], hi(1, { ambiguous: true })], [[A("صفر")], hi(2, { ambiguous: true })], [[A("ربيع")], hi(0, { compound: { 1: 3, 2: 4 } })],
  [[A("جمادى"), A("جمادي")], hi(0, { compound: { 1: 5, 2: 6 } })], [[A("رجب")], hi(7, { ambiguous: true })], [[A("شعبان")], hi(8, { ambiguous: true })],
  [[A("رمضان")], hi(9)], [[A("شوال")], hi(10)],
  [[A("ذو"), A("ذي"), A("ذا")], hi(0, { secondWord: { [A("القعدة")]: 11, [A("الحجة")]: 12 } })],
]);

const DATE_CONTEXT_BEFORE: Record<string, Set<string>> = {
  en: new Set(["in", "on", "since", "until", "till", "from", "early", "late", "mid", "last", "next", "this", "of", "through", "during", "by", "before", "after", "between", "and", "to"]),
  fr: new Set(["en", "de", "depuis", "jusqu", "début", "fin", "mi", "le", "au", "du"]),
  es: new Set(["en", "de", "desde", "hasta", "el", "principios", "finales", "mediados", "pasado", "próximo"]),
  ar: new Set(["في", "منذ", "حتى", "شهر", "من", "خلال", "مطلع", "أواخر", "أوائل", "منتصف", "بداية", "نهاية", "أواسط", "وفي", "ومنذ", "وحتى", "يوم", "ويوم", "بين", "الى", "إلى", "قبل", "بعد"].map(A)),
};
const DATE_CONTEXT_AFTER: Record<string, Set<string>> = {
  en: new Set([]),
  fr: new Set(["dernier", "prochain"]),
  es: new Set(["pasado", "próximo"]),
  ar: new Set(["الماضي", "المقبل", "القادم", "الجاري", "الحالي", "المنصرم", "الفائت"].map(A)),
};

interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
  /** Arabic text only: the weekday or month the word names once its proclitics are removed (null: none). */
  arabicName: NameInfo | null;
}

/** Per distinct match: the word without trailing apostrophes, and its keys for Arabic and non-Arabic text. */
interface TokenShape {
  raw: string;
  /** Key when the text is Arabic (or the word has Arabic letters). */
  arabicKey: string;
  /** Key otherwise. */
  key: string;
  /** Name looked up with `arabicKey`, filled on first use in Arabic text (undefined: not looked up yet). */
  arabicName: NameInfo | null | undefined;
}

const tokenShape = memoizeString((matched: string): TokenShape => {
  // Trailing apostrophes belong to possessives, not to the word.
  const raw = matched.replace(/['’]+$/u, "");
  const lower = raw.toLowerCase().normalize("NFC");
  const arabicKey = A(lower);
  return { raw, arabicKey, key: /[\u0600-\u06ff]/.test(raw) ? arabicKey : lower.replace(/’/g, "'"), arabicName: undefined };
});

const TOKEN_RE = /[\p{L}\p{M}'’]+/gu;

/**
 * Calls `visit` with each word of `text` (the matches of TOKEN_RE, found with the character-class table in a text
 * beyond Latin-1) and its shared shape, the word's offset first; stops when `visit` returns true. Words that are
 * only apostrophes are skipped.
 */
function forEachWord(text: string, visit: (start: number, shape: TokenShape) => boolean | void): void {
  if (!beyondLatin1(text)) {
    for (const match of text.matchAll(TOKEN_RE)) {
      const shape = tokenShape(match[0]);
      if (shape.raw !== "" && visit(match.index, shape) === true) return;
    }
    return;
  }
  const length = text.length;
  let start = 0;
  while (start < length) {
    const end = runEnd(text, start, LETTER | MARK, 0x27, 0x2019);
    if (end === start) {
      start++;
      continue;
    }
    const shape = tokenShape(text.slice(start, end));
    if (shape.raw !== "" && visit(start, shape) === true) return;
    start = end;
  }
}

/** The weekday or month an Arabic word names, looked up once per distinct word. */
function arabicNameOf(shape: TokenShape): NameInfo | null {
  shape.arabicName ??= arabicNameInfo(shape.arabicKey);
  return shape.arabicName;
}

/** Tokens of `text` (forEachWord), with their keys for Arabic or non-Arabic text. */
function tokenize(text: string, arabic: boolean): Token[] {
  const out: Token[] = [];
  forEachWord(text, (start, shape) => {
    const end = start + shape.raw.length;
    out.push(arabic ? { start, end, raw: shape.raw, key: shape.arabicKey, arabicName: arabicNameOf(shape) } : { start, end, raw: shape.raw, key: shape.key, arabicName: null });
  });
  return out;
}

const latinNamePatterns = new WeakMap<Names, RegExp>();

/**
 * The table's names as one case-insensitive expression over a text of ASCII letters: a match is a whole token (no
 * letter or apostrophe before it; apostrophes after it, which tokens drop, then none), exactly the tokens whose key
 * the table holds. Keys with other letters cannot occur in such a text.
 */
function latinNamePattern(table: Names): RegExp {
  let pattern = latinNamePatterns.get(table);
  if (pattern === undefined) {
    const keys = [...table.keys()].filter((key) => /^[a-z']+$/.test(key) && !key.endsWith("'") && !key.startsWith("'"));
    keys.sort((a, b) => b.length - a.length);
    const alternatives = keys.map((key) => key.replace(/'/g, "['’]"));
    pattern = new RegExp(`(?<![A-Za-z'’])(?:${alternatives.join("|")})['’]*(?![A-Za-z'’])`, "i");
    latinNamePatterns.set(table, pattern);
  }
  return pattern;
}

/** Whether some token of `text` (as `tokenize` finds them) is a weekday or month name: the first pass of tokenize. */
function namesDateWord(text: string, arabic: boolean, table: Names): boolean {
  if (!arabic && asciiLettersOnly(text)) return latinNamePattern(table).test(text);
  let found = false;
  forEachWord(text, (_start, shape) => (found = arabic ? arabicNameOf(shape) !== null : table.get(shape.key) !== undefined));
  return found;
}

function namesFor(lang: string): Names {
  if (lang === "ar") return AR;
  if (lang === "fr") return FR;
  if (lang === "es") return ES;
  return EN;
}

/** Arabic proclitics (و ف ب ل, لل → ال) in front of a name. */
function arabicCandidates(key: string): string[] {
  const out = [key];
  let rest = key;
  if (rest.startsWith("و") || rest.startsWith("ف")) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.startsWith("لل")) out.push("ال" + rest.slice(2));
  else if (rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك")) out.push(rest.slice(1));
  return out;
}

/** The Arabic weekday or month a word names once its proclitics are removed (null: none). */
function arabicNameInfo(key: string): NameInfo | null {
  for (const candidate of arabicCandidates(key)) {
    const info = AR.get(candidate);
    if (info) return info;
  }
  return null;
}

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;

function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  // One pass, one string: each Arabic-Indic or Persian digit becomes its ASCII digit.
  let out = "";
  let runStart = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const value = code >= 0x660 && code <= 0x669 ? code - 0x660 : code >= 0x6f0 && code <= 0x6f9 ? code - 0x6f0 : -1;
    if (value < 0) continue;
    out += text.slice(runStart, k) + String.fromCharCode(0x30 + value);
    runStart = k + 1;
  }
  return out + text.slice(runStart);
}

/** Weekday, month, day and year mentions in `text`, in order, with exact UTF-16 offsets. */
export function extractDates(text: string, lang: string): DateMention[] {
  return extractDatesUnsafe(text, primary(lang));
}

const dateCaches = new Map<string, BoundedCache<readonly DateMention[]>>();

/**
 * `extractDates` memoized per (text, language): the number and date checks both need the dates of every
 * paragraph. The result is shared, so callers must not modify it.
 */
export function extractDatesCached(text: string, lang: string): readonly DateMention[] {
  let cache = dateCaches.get(lang);
  if (cache === undefined) {
    if (dateCaches.size > 64) dateCaches.clear();
    cache = new BoundedCache<readonly DateMention[]>(4_000);
    dateCaches.set(lang, cache);
  }
  const hit = cache.get(text);
  return hit !== undefined ? hit : cache.set(text, extractDates(text, lang));
}

const NUMBER_BEFORE = /(\d{1,4})(?:st|nd|rd|th|er|e|º)?\.?,?[ \u00a0\u202f]{0,2}(?:de[ \u00a0]+)?$/u;
const NUMBER_AFTER = /^\.?,?[ \u00a0\u202f]{0,2}(\d{1,4})(?!\d)/u;

/** A day or year number just before `start` (ASCII-digit text). */
function numberBeforeIn(ascii: string, start: number): RegExpExecArray | null {
  return NUMBER_BEFORE.exec(ascii.slice(Math.max(0, start - 14), start));
}

/** A day or year number just after `end` (ASCII-digit text). */
function numberAfterIn(ascii: string, end: number): RegExpExecArray | null {
  return NUMBER_AFTER.exec(ascii.slice(end, end + 10));
}

function extractDatesUnsafe(text: string, lang: string): DateMention[] {
  const arabic = lang === "ar" || lang === "fa" || lang === "ur";
  const table = namesFor(lang);
  // Most paragraphs name no month or weekday: then no token is read below, and none is built.
  const tokens = namesDateWord(text, arabic, table) ? tokenize(text, arabic) : [];
  const ascii = asciiDigits(text);
  const out: DateMention[] = [];
  const before = DATE_CONTEXT_BEFORE[lang] ?? DATE_CONTEXT_BEFORE.en!;
  const after = DATE_CONTEXT_AFTER[lang] ?? new Set<string>();


  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    let info: NameInfo | undefined;
    if (arabic) {
      info = token.arabicName ?? undefined;
    } else {
      info = table.get(token.key);
    }
    if (!info) continue;
    let end = token.end;
    let value = info.value;
    if (info.secondWord) {
      const second = tokens[k + 1];
      if (!second || !/^[ \u00a0]+$/u.test(text.slice(token.end, second.start))) continue;
      const secondValue = info.secondWord[second.key];
      if (secondValue === undefined) continue;
      value = secondValue;
      end = second.end;
    }
    if (info.compound) {
      const second = tokens[k + 1];
      if (!second || !/^[ \u00a0]+$/u.test(text.slice(token.end, second.start))) continue;
      const which = AR_SECOND_WORD[second.key];
      if (which === undefined) continue;
      const compoundValue = info.compound[which];
      if (compoundValue === undefined) continue;
      value = compoundValue;
      end = second.end;
    }
    if (info.capital && !/^\p{Lu}/u.test(token.raw)) continue;
    // French and Spanish write months and weekdays in lower case; a capital "Mars"/"Domingo" mid-sentence is a name.
    if ((lang === "fr" || lang === "es") && info.ambiguous && /^\p{Lu}/u.test(token.raw)) {
      if (!numberBeforeIn(ascii, token.start) && !numberAfterIn(ascii, end)) continue;
    }
    const hasNumberNear = numberBeforeIn(ascii, token.start) !== null || numberAfterIn(ascii, end) !== null;
    if (info.abbreviated) {
      // "Tue 05 Mar", "Mar. 5": an abbreviation only counts next to a number (or a weekday abbreviation before a date).
      const nextIsDate = numberAfterIn(ascii, end) !== null || (tokens[k + 1] !== undefined && table.get(tokens[k + 1]!.key)?.kind === "month" && /^[.,]?\s+$/u.test(text.slice(end, tokens[k + 1]!.start)));
      if (info.kind === "weekday" ? !nextIsDate : !hasNumberNear) continue;
    }
    if (info.ambiguous && !info.abbreviated) {
      const previous = tokens[k - 1];
      const next = tokens[k + 1];
      const prevAdjacent = previous !== undefined && /^[\s-]{1,2}$/u.test(text.slice(previous.end, token.start));
      const nextAdjacent = next !== undefined && /^\s{1,2}$/u.test(text.slice(end, next.start));
      const slashPair = /[/\\]\s*$/u.test(text.slice(Math.max(0, token.start - 2), token.start)) || /^\s*[/\\]/u.test(text.slice(end, end + 2));
      let context = hasNumberNear || slashPair || (prevAdjacent && before.has(previous!.key)) || (nextAdjacent && after.has(next!.key));
      if (info.kind === "weekday" && lang === "ar") {
        // الاثنين is also "the two": "بين الاثنين", "كلا الاثنين", "الاثنين معا".
        const notTheTwo = !(prevAdjacent && [A("بين"), A("كلا"), A("هذين"), A("لكلا")].includes(previous!.key)) && !(nextAdjacent && [A("معا"), A("معًا")].includes(next!.key));
        context = notTheTwo;
      }
      if (info.kind === "weekday" && lang === "es") context = context || /^\p{Ll}/u.test(token.raw);
      if (!context) continue;
    }
    const mention: DateMention = {
      kind: info.kind,
      value,
      start: token.start,
      end,
      text: text.slice(token.start, end),
      calendar: info.calendar,
      named: true,
    };
    if (info.abbreviated) mention.abbreviated = true;
    out.push(mention);
    if (info.kind === "month") {
      // Day next to the month: "24 نوفمبر", "November 24", "5 de marzo".
      const dayBefore = numberBeforeIn(ascii, token.start);
      if (dayBefore) {
        const day = Number(dayBefore[1]);
        const dayStart = token.start - dayBefore[0].length;
        if (day >= 1 && day <= 31 && dayBefore[1]!.length <= 2) {
          out.push({ kind: "day", value: day, start: dayStart, end: dayStart + dayBefore[1]!.length, text: text.slice(dayStart, dayStart + dayBefore[1]!.length), calendar: info.calendar, named: false });
        }
      }
      const dayAfter = numberAfterIn(ascii, end);
      if (dayAfter && info.calendar === "hijri" && dayAfter[1]!.length === 4 && Number(dayAfter[1]) >= 1300 && Number(dayAfter[1]) <= 1500) {
        // "15 رمضان 1445": the year of a Hijri month is a Hijri year, with or without هـ.
        const yearStart = end + dayAfter[0].length - 4;
        out.push({ kind: "year", value: Number(dayAfter[1]), start: yearStart, end: yearStart + 4, text: text.slice(yearStart, yearStart + 4), calendar: "hijri", named: false });
      }
      if (dayAfter) {
        const n = Number(dayAfter[1]);
        const numberStart = end + dayAfter[0].length - dayAfter[1]!.length;
        if (dayAfter[1]!.length <= 2 && n >= 1 && n <= 31) {
          out.push({ kind: "day", value: n, start: numberStart, end: numberStart + dayAfter[1]!.length, text: text.slice(numberStart, numberStart + dayAfter[1]!.length), calendar: info.calendar, named: false });
        }
      }
    }
  }

  // Numeric dates d/m/y (or m/d/y): month and day may be swapped, so each carries the other reading.
  for (const match of ascii.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/gu)) {
    const a = Number(match[1]);
    const b = Number(match[3]);
    const aStart = match.index;
    const bStart = aStart + match[1]!.length + 1;
    const yStart = bStart + match[3]!.length + 1;
    // Day first unless only the other reading is possible (US 3/25/2024).
    const monthFirst = a <= 12 && b > 12;
    const [dayValue, monthValue, dayStart, dayLen, monthStart, monthLen] = monthFirst
      ? [b, a, bStart, match[3]!.length, aStart, match[1]!.length]
      : [a, b, aStart, match[1]!.length, bStart, match[3]!.length];
    if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > 31) continue;
    const month: DateMention = { kind: "month", value: monthValue, start: monthStart, end: monthStart + monthLen, text: text.slice(monthStart, monthStart + monthLen), calendar: "gregorian", named: false };
    const day: DateMention = { kind: "day", value: dayValue, start: dayStart, end: dayStart + dayLen, text: text.slice(dayStart, dayStart + dayLen), calendar: "gregorian", named: false };
    if (dayValue <= 12 && monthValue <= 31 && dayValue !== monthValue) {
      month.alternatives = [dayValue];
      day.alternatives = [monthValue];
    }
    out.push(day, month);
    const yearText = match[4]!;
    out.push({ kind: "year", value: Number(yearText.length === 2 ? `20${yearText}` : yearText), start: yStart, end: yStart + yearText.length, text: text.slice(yStart, yStart + yearText.length), calendar: "gregorian", named: false });
  }

  // Years: four digits between 1800 and 2100 (or 1300-1500 followed by هـ for Hijri), not part of a larger number.
  const taken = new Set(out.filter((m) => m.kind === "year").map((m) => m.start));
  const hijriMark = /^\s?(?:هـ?|للهجرة|هجري|هجرية|من الهجرة)(?![\p{L}])/u;
  for (const match of ascii.matchAll(/(?<![\d.,٫٬])\d{4}(?![\d]|[.,٫٬]\d)/gu)) {
    if (taken.has(match.index)) continue;
    const year = Number(match[0]);
    const rest = text.slice(match.index + 4, match.index + 14);
    const hijri = hijriMark.test(rest) && year >= 1300 && year <= 1500;
    if (!hijri && (year < 1800 || year > 2100)) continue;
    out.push({ kind: "year", value: year, start: match.index, end: match.index + 4, text: text.slice(match.index, match.index + 4), calendar: hijri ? "hijri" : "gregorian", named: false });
  }

  out.sort((x, y) => x.start - y.start || x.end - y.end);
  for (let k = 1; k < out.length; k++) {
    const year = out[k]!;
    const previous = out[k - 1]!;
    if (year.kind === "year" && (previous.kind === "month" || previous.kind === "day") && previous.end <= year.start && YEAR_JOIN.test(text.slice(previous.end, year.start))) year.inDate = true;
  }
  return out;
}

// Between a month or day and its year: "May 12, 2023", "25 de mayo de 2024", "5/3/2024", "12 أيار 2024".
const YEAR_JOIN = /^(?:[\s,./-]{1,3}|[\s,]{1,2}de\s|[\s,]{1,2}\u060c\s?)$/u;

const WEEKDAYS: Record<string, { full: string[]; short: string[] }> = {
  en: { full: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], short: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] },
  fr: { full: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"], short: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."] },
  es: { full: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"], short: ["dom.", "lun.", "mar.", "mié.", "jue.", "vie.", "sáb."] },
  ar: { full: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"], short: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"] },
};

const MONTHS: Record<string, { full: string[]; short: string[] }> = {
  en: {
    full: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  fr: {
    full: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    short: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  },
  es: {
    full: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    short: ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
  },
  ar: {
    full: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    short: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  },
};

/** Name of weekday `value` (0 = Sunday) in `lang` (English when unknown). */
export function weekdayName(value: number, lang: string, abbreviated = false): string {
  const set = WEEKDAYS[primary(lang)] ?? WEEKDAYS.en!;
  return (abbreviated ? set.short : set.full)[((value % 7) + 7) % 7]!;
}

/** Name of Gregorian month `value` (1-12) in `lang` (English when unknown). */
export function monthName(value: number, lang: string, abbreviated = false): string {
  const set = MONTHS[primary(lang)] ?? MONTHS.en!;
  return (abbreviated ? set.short : set.full)[(((value - 1) % 12) + 12) % 12]!;
}
