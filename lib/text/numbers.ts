/**
 * Number mentions in running text (Arabic, English, French, Spanish): digits of any script with their
 * separators, scale words ("3 million", "1.5 مليار"), percents, clock times, ordinals and number words.
 *
 * Mentions carry the value as written plus `alternatives` for forms that legitimately stand for another
 * value (2:17 pm ~ 14:17, an ambiguous "1.500", "5m" as metres). `weak` mentions are evidence that may
 * satisfy a counterpart but are too ambiguous to report on their own: "one"/"two"/"un"/"deux", Arabic number
 * words below 100 (خمس is also "a fifth", سبع "a lion"), ordinal words ("first", الثاني), and Arabic dual
 * nouns (يومين "two days", ساعتين "two hours": a closed list of common time/count nouns, not every dual).
 */
import { normalizeArabic } from "./arabic";
import { BoundedCache, memoizeString } from "./memo";
import { asciiLettersOnly, beyondLatin1, LETTER, MARK, runEnd } from "./char-class";

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  text: string;
  percent: boolean;
  /** Preceded by "about", "nearly", نحو, حوالي, environ...: informative only. */
  approximate?: boolean;
  /** Other values the written form may stand for (12h/24h clock, ambiguous thousands separator, "5m"). */
  alternatives?: number[];
  /** Too ambiguous to be reported when unmatched; may still match a counterpart. */
  weak?: boolean;
  /** How it is written. */
  form: "digits" | "words" | "ordinal" | "dual";
  /** Multiplier of a scale word after digits or inside a number phrase ("3 million" → 1e6). */
  scale?: number;
  /** The hour of a clock time (its alternatives are the other half of the day). */
  hour?: boolean;
  /**
   * Followed by a points unit: "percentage" for percentage points ("3 percentage points", "ثلاث نقاط مئوية",
   * which must not match "3%"), "bare" for plain "points"/"نقاط" (may stand for either reading).
   */
  points?: "percentage" | "bare";
  /** A fraction word (نصف, "half", quart): its alternatives are the percent it stands for. */
  fraction?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Digits

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

function isDigitAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && digitValue(text.charCodeAt(index)) >= 0;
}

/** Replaces Arabic-Indic and Persian digits with ASCII digits (same length, so offsets stay valid). */
export function toAsciiDigits(text: string): string {
  // Most text has no Arabic-Indic or Persian digits: return it untouched without rebuilding it.
  let k = 0;
  for (; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) break;
  }
  if (k === text.length) return text;
  let out = text.slice(0, k);
  let runStart = k;
  for (; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x660) continue;
    const value = digitValue(code);
    if (value < 0) continue;
    out += text.slice(runStart, k) + String(value);
    runStart = k + 1;
  }
  return out + text.slice(runStart);
}

// Languages whose decimal mark is a comma (so "1.500" is fifteen hundred and "3,5" three and a half).
const COMMA_DECIMAL = new Set(["fr", "es", "de", "it", "pt", "nl", "tr", "id", "da", "ru", "pl", "cs", "sv", "nb", "no", "fi", "ro", "el", "uk", "ca", "hr", "sl", "sk", "hu", "bg", "sr", "az"]);
// Of those, languages that also group thousands with a dot ("1.500").
const DOT_GROUPING = new Set(["es", "de", "it", "pt", "nl", "tr", "id", "da", "ro", "el", "ca", "hr", "sl", "sr", "az"]);
// Languages that group thousands with a plain space ("1 200").
const SPACE_GROUPING = new Set(["fr", "ru", "pl", "cs", "sv", "nb", "no", "fi", "uk", "sk", "hu", "bg", "es", "pt"]);

function primary(lang: string): string {
  return (lang.trim().toLowerCase().split(/[-_]/)[0] ?? "").trim();
}

interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

interface Segment {
  groups: DigitGroup[];
  seps: string[];
}

const NARROW_SPACES = new Set(["\u00a0", "\u202f", "\u2009"]);

function parseInteger(groups: readonly DigitGroup[]): number {
  return Number(groups.map((g) => g.digits).join(""));
}

/** Interprets one run of digit groups: returns [start, end, value, alternatives] for each number in it. */
function interpretRun(groups: DigitGroup[], seps: string[], lang: string): Array<{ start: number; end: number; value: number; alternatives: number[] }> {
  const out: Array<{ start: number; end: number; value: number; alternatives: number[] }> = [];
  const emitSplit = (from: number, to: number): void => {
    for (let k = from; k <= to; k++) out.push({ start: groups[k]!.start, end: groups[k]!.end, value: Number(groups[k]!.digits), alternatives: [] });
  };
  // Split first at separators that cannot group in this language.
  const segments: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let k = 0; k < seps.length; k++) {
    const sep = seps[k]!;
    if (sep === " " && !SPACE_GROUPING.has(lang)) {
      segments.push({ from, to: k });
      from = k + 1;
    }
  }
  segments.push({ from, to: groups.length - 1 });

  for (const { from: a, to: b } of segments) {
    if (a === b) {
      emitSplit(a, b);
      continue;
    }
    const segSeps = seps.slice(a, b);
    const segGroups = groups.slice(a, b + 1);
    const result = interpretSegment(segGroups, segSeps, lang);
    if (result) out.push({ start: segGroups[0]!.start, end: segGroups[segGroups.length - 1]!.end, ...result });
    else emitSplit(a, b);
  }
  return out;
}

/** Value of a multi-group segment, or null when the separators do not form one number (5.3.2024, 1,2,3). */
function interpretSegment(groups: DigitGroup[], seps: string[], lang: string): { value: number; alternatives: number[] } | null {
  const isSpace = (s: string): boolean => s === " " || NARROW_SPACES.has(s);
  const firstLen = groups[0]!.digits.length;
  const threeAfter = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (groups[k]!.digits.length !== 3) return false;
    return true;
  };
  // Unambiguous Arabic separators.
  const arabicDecimal = seps.indexOf("\u066b");
  if (seps.includes("\u066c") || arabicDecimal >= 0) {
    const decimalAt = arabicDecimal;
    if (decimalAt >= 0 && seps.lastIndexOf("\u066b") !== decimalAt) return null;
    const intEnd = decimalAt >= 0 ? decimalAt : seps.length;
    for (let k = 0; k < intEnd; k++) if (seps[k] !== "\u066c" && !isSpace(seps[k]!) && seps[k] !== "," ) return null;
    if (intEnd > 0 && (firstLen > 3 || !threeAfter(1, intEnd))) return null;
    if (decimalAt >= 0 && decimalAt !== seps.length - 1) return null;
    const intPart = parseInteger(groups.slice(0, intEnd + 1));
    const value = decimalAt >= 0 ? Number(`${intPart}.${groups[groups.length - 1]!.digits}`) : intPart;
    return { value, alternatives: [] };
  }
  const commas = seps.filter((s) => s === ",").length;
  const dots = seps.filter((s) => s === ".").length;
  const spaces = seps.filter(isSpace).length;
  if (spaces > 0) {
    // Space grouping, optionally followed by one decimal mark.
    const last = seps[seps.length - 1]!;
    const hasDecimal = !isSpace(last);
    if (commas + dots > (hasDecimal ? 1 : 0)) return null;
    const intEnd = hasDecimal ? seps.length - 1 : seps.length;
    if (firstLen > 3 || !threeAfter(1, intEnd)) return null;
    const intPart = parseInteger(groups.slice(0, intEnd + 1));
    return { value: hasDecimal ? Number(`${intPart}.${groups[groups.length - 1]!.digits}`) : intPart, alternatives: [] };
  }
  if (commas > 0 && dots > 0) {
    const last = seps[seps.length - 1]!;
    const thousands = last === "," ? "." : ",";
    if (seps.filter((s) => s === last).length !== 1) return null;
    for (let k = 0; k < seps.length - 1; k++) if (seps[k] !== thousands) return null;
    if (firstLen > 3 || !threeAfter(1, seps.length - 1)) return null;
    const intPart = parseInteger(groups.slice(0, groups.length - 1));
    return { value: Number(`${intPart}.${groups[groups.length - 1]!.digits}`), alternatives: [] };
  }
  const sep = seps[0]!;
  if (seps.length >= 2) {
    // Repeated separator: thousands grouping or a list/date (split).
    if (firstLen > 3 || !threeAfter(1, groups.length - 1)) return null;
    return { value: parseInteger(groups), alternatives: [] };
  }
  const intDigits = groups[0]!.digits;
  const fraction = groups[1]!.digits;
  const decimal = Number(`${intDigits}.${fraction}`);
  const grouped = Number(intDigits + fraction);
  if (fraction.length === 3 && firstLen <= 3 && !/^0+$/.test(intDigits)) {
    const groupingMark = sep === "," ? !COMMA_DECIMAL.has(lang) : DOT_GROUPING.has(lang);
    return groupingMark ? { value: grouped, alternatives: [decimal] } : { value: decimal, alternatives: [grouped] };
  }
  return { value: decimal, alternatives: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Words

interface WordToken {
  start: number;
  end: number;
  raw: string;
  /** Lower-cased; Arabic normalized. */
  key: string;
  /** The shared per-word entry (key and Arabic analysis). */
  entry: WordEntry;
}

/** Per distinct word: its key, and its Arabic analysis once asked for (shared by every token of that word). */
interface WordEntry {
  key: string;
  arabic: ArabicAnalysis | undefined;
}

const wordEntry = memoizeString((raw: string): WordEntry => {
  const lower = raw.toLowerCase();
  const key = /[\u0600-\u06ff]/.test(raw) ? normalizeArabic(lower, { foldHamzaCarriers: false }) : lower.normalize("NFC");
  return { key, arabic: undefined };
});

const WORD_RE = /[\p{L}\p{M}]+/gu;

/** The words of `text`: the matches of WORD_RE (found with the character-class table in a text beyond Latin-1). */
function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  if (!beyondLatin1(text)) {
    for (const match of text.matchAll(WORD_RE)) {
      const raw = match[0];
      const entry = wordEntry(raw);
      tokens.push({ start: match.index, end: match.index + raw.length, raw, key: entry.key, entry });
    }
    return tokens;
  }
  const length = text.length;
  let start = 0;
  while (start < length) {
    const end = runEnd(text, start, LETTER | MARK);
    if (end === start) {
      start++;
      continue;
    }
    const raw = text.slice(start, end);
    const entry = wordEntry(raw);
    tokens.push({ start, end, raw, key: entry.key, entry });
    start = end;
  }
  return tokens;
}

type WordKind = "unit" | "teen" | "ten" | "hundreds" | "mult";

interface WordInfo {
  kind: WordKind;
  value: number;
  /** Only counts after another number (آلاف, ملايين, "millions"). */
  multOnly?: boolean;
  /** Never a number on its own (French/Spanish "un", which is also the article). */
  notAlone?: boolean;
  weak?: boolean;
}

function table(entries: Array<[string, WordKind, number, Partial<WordInfo>?]>): Map<string, WordInfo> {
  const map = new Map<string, WordInfo>();
  for (const [word, kind, value, extra] of entries) map.set(word, { kind, value, ...extra });
  return map;
}

const EN_WORDS = table([
  ["one", "unit", 1], ["two", "unit", 2], ["three", "unit", 3], ["four", "unit", 4], ["five", "unit", 5],
  ["six", "unit", 6], ["seven", "unit", 7], ["eight", "unit", 8], ["nine", "unit", 9], ["ten", "teen", 10],
  ["eleven", "teen", 11], ["twelve", "teen", 12], ["thirteen", "teen", 13], ["fourteen", "teen", 14],
  ["fifteen", "teen", 15], ["sixteen", "teen", 16], ["seventeen", "teen", 17], ["eighteen", "teen", 18],
  ["nineteen", "teen", 19], ["twenty", "ten", 20], ["thirty", "ten", 30], ["forty", "ten", 40], ["fifty", "ten", 50],
  ["sixty", "ten", 60], ["seventy", "ten", 70], ["eighty", "ten", 80], ["ninety", "ten", 90],
  ["hundred", "mult", 100], ["thousand", "mult", 1e3], ["million", "mult", 1e6], ["billion", "mult", 1e9],
  ["trillion", "mult", 1e12],
  ["dozen", "teen", 12, { weak: true }],
]);

const FR_WORDS = table([
  ["un", "unit", 1, { notAlone: true }], ["une", "unit", 1, { notAlone: true }], ["deux", "unit", 2], ["trois", "unit", 3],
  ["quatre", "unit", 4], ["cinq", "unit", 5], ["six", "unit", 6], ["sept", "unit", 7], ["huit", "unit", 8],
  ["neuf", "unit", 9, { weak: true }], ["dix", "teen", 10], ["onze", "teen", 11], ["douze", "teen", 12], ["treize", "teen", 13],
  ["quatorze", "teen", 14], ["quinze", "teen", 15], ["seize", "teen", 16], ["vingt", "ten", 20], ["vingts", "ten", 20],
  ["trente", "ten", 30], ["quarante", "ten", 40], ["cinquante", "ten", 50], ["soixante", "ten", 60],
  ["cent", "mult", 100], ["cents", "mult", 100], ["mille", "mult", 1e3], ["million", "mult", 1e6], ["millions", "mult", 1e6, { multOnly: true }],
  ["milliard", "mult", 1e9], ["milliards", "mult", 1e9, { multOnly: true }],
  ["billion", "mult", 1e12], ["douzaine", "teen", 12, { weak: true }],
  // Round collective nouns: "un millier de prisonniers" (about 1000), "une dizaine de blessés".
  ["dizaine", "teen", 10, { weak: true }], ["quinzaine", "teen", 15, { weak: true }], ["vingtaine", "ten", 20, { weak: true }],
  ["trentaine", "ten", 30, { weak: true }], ["cinquantaine", "ten", 50, { weak: true }], ["centaine", "mult", 100, { weak: true }],
  ["millier", "mult", 1e3, { weak: true }],
]);

const ES_WORDS = table([
  ["un", "unit", 1, { notAlone: true }], ["uno", "unit", 1], ["una", "unit", 1, { notAlone: true }], ["dos", "unit", 2],
  ["tres", "unit", 3], ["cuatro", "unit", 4], ["cinco", "unit", 5], ["seis", "unit", 6], ["siete", "unit", 7],
  ["ocho", "unit", 8], ["nueve", "unit", 9], ["diez", "teen", 10], ["once", "teen", 11], ["doce", "teen", 12],
  ["trece", "teen", 13], ["catorce", "teen", 14], ["quince", "teen", 15], ["dieciséis", "teen", 16],
  ["diecisiete", "teen", 17], ["dieciocho", "teen", 18], ["diecinueve", "teen", 19], ["veinte", "ten", 20],
  ["treinta", "ten", 30], ["cuarenta", "ten", 40], ["cincuenta", "ten", 50], ["sesenta", "ten", 60],
  ["setenta", "ten", 70], ["ochenta", "ten", 80], ["noventa", "ten", 90], ["cien", "hundreds", 100],
  ["ciento", "hundreds", 100], ["doscientos", "hundreds", 200], ["doscientas", "hundreds", 200],
  ["trescientos", "hundreds", 300], ["trescientas", "hundreds", 300], ["cuatrocientos", "hundreds", 400],
  ["quinientos", "hundreds", 500], ["quinientas", "hundreds", 500], ["seiscientos", "hundreds", 600],
  ["setecientos", "hundreds", 700], ["ochocientos", "hundreds", 800], ["novecientos", "hundreds", 900],
  ["mil", "mult", 1e3], ["millón", "mult", 1e6], ["millones", "mult", 1e6, { multOnly: true }],
  ["billón", "mult", 1e12], ["billones", "mult", 1e12, { multOnly: true }], ["docena", "teen", 12, { weak: true }],
]);

const A = (word: string): string => normalizeArabic(word, { foldHamzaCarriers: false });

const AR_WORDS = table([
  ...["واحد", "واحدة", "أحد", "إحدى"].map((w): [string, WordKind, number] => [A(w), "unit", 1]),
  ...["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثنتا", "اثني", "اثنتي"].map((w): [string, WordKind, number] => [A(w), "unit", 2]),
  ...(
    [
      ["ثلاثة", 3], ["ثلاث", 3], ["أربعة", 4], ["أربع", 4], ["خمسة", 5], ["خمس", 5], ["ستة", 6], ["ست", 6],
      ["سبعة", 7], ["سبع", 7], ["ثمانية", 8], ["ثماني", 8], ["ثمان", 8], ["تسعة", 9], ["تسع", 9],
    ] as const
  ).map(([w, v]): [string, WordKind, number] => [A(w), "unit", v]),
  [A("عشرة"), "teen", 10], [A("عشر"), "teen", 10],
  ...(
    [
      ["عشرون", 20], ["عشرين", 20], ["ثلاثون", 30], ["ثلاثين", 30], ["أربعون", 40], ["أربعين", 40], ["خمسون", 50],
      ["خمسين", 50], ["ستون", 60], ["ستين", 60], ["سبعون", 70], ["سبعين", 70], ["ثمانون", 80], ["ثمانين", 80],
      ["تسعون", 90], ["تسعين", 90],
    ] as const
  ).map(([w, v]): [string, WordKind, number] => [A(w), "ten", v]),
  [A("مئة"), "mult", 100], [A("مائة"), "mult", 100],
  ...["مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"].map((w): [string, WordKind, number] => [A(w), "hundreds", 200]),
  ...(
    [
      ["ثلاث", 300], ["أربع", 400], ["خمس", 500], ["ست", 600], ["سبع", 700], ["ثمان", 800], ["ثماني", 800], ["تسع", 900],
    ] as const
  ).flatMap(([w, v]): Array<[string, WordKind, number]> => [[A(w + "مئة"), "hundreds", v], [A(w + "مائة"), "hundreds", v]]),
  [A("ألف"), "mult", 1e3], [A("ألفا"), "mult", 1e3, { multOnly: true }], [A("آلاف"), "mult", 1e3, { multOnly: true }],
  ...["ألفان", "ألفين", "ألفي"].map((w): [string, WordKind, number] => [A(w), "hundreds", 2000]),
  [A("مليون"), "mult", 1e6], [A("مليونا"), "mult", 1e6], [A("ملايين"), "mult", 1e6, { multOnly: true }],
  ...["مليونان", "مليونين", "مليوني"].map((w): [string, WordKind, number] => [A(w), "hundreds", 2e6]),
  [A("مليار"), "mult", 1e9], [A("بليون"), "mult", 1e9], [A("مليارا"), "mult", 1e9],
  [A("مليارات"), "mult", 1e9, { multOnly: true }], [A("بلايين"), "mult", 1e9, { multOnly: true }],
  ...["ملياران", "مليارين", "ملياري"].map((w): [string, WordKind, number] => [A(w), "hundreds", 2e9]),
  [A("تريليون"), "mult", 1e12],
]);

// Ordinal words up to ten are weak evidence (الأول / "first" are as often "firstly", "leading", "former"); from
// eleven on ("eleventh", "onzième", الحادي عشر) an ordinal word is a number like any other.
const HARD_ORDINAL_FROM = 11;

const ORDINALS: Record<string, Map<string, number>> = {
  en: new Map(
    [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
      "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ].map(
      (w, k): [string, number] => [w, k + 1],
    ).concat([
      ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50], ["sixtieth", 60], ["seventieth", 70],
      ["eightieth", 80], ["ninetieth", 90], ["hundredth", 100], ["thousandth", 1000],
    ]),
  ),
  fr: new Map(
    [
      "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième",
      "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
    ].map(
      (w, k): [string, number] => [w, k + 1],
    ).concat([
      ["première", 1], ["second", 2], ["seconde", 2], ["unième", 1], ["vingtième", 20], ["trentième", 30], ["quarantième", 40],
      ["cinquantième", 50], ["soixantième", 60], ["centième", 100], ["millième", 1000],
    ]),
  ),
  es: new Map(
    ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo", "undécimo", "duodécimo"].map(
      (w, k): [string, number] => [w, k + 1],
    ).concat([
      ["primera", 1], ["primer", 1], ["segunda", 2], ["tercera", 3], ["tercer", 3], ["cuarta", 4], ["quinta", 5], ["sexta", 6],
      ["séptima", 7], ["octava", 8], ["novena", 9], ["décima", 10], ["undécima", 11], ["duodécima", 12], ["decimotercero", 13],
      ["decimotercera", 13], ["decimocuarto", 14], ["decimocuarta", 14], ["decimoquinto", 15], ["decimoquinta", 15],
      ["vigésimo", 20], ["vigésima", 20], ["trigésimo", 30], ["trigésima", 30], ["centésimo", 100], ["centésima", 100],
    ]),
  ),
  ar: new Map(
    (
      [
        ["أول", 1], ["أولى", 1], ["أولا", 1], ["حادي", 1], ["حادية", 1],
        ["ثاني", 2], ["ثانية", 2], ["ثانيا", 2], ["ثالث", 3], ["ثالثة", 3], ["ثالثا", 3],
        ["رابع", 4], ["رابعة", 4], ["خامس", 5], ["خامسة", 5], ["سادس", 6], ["سادسة", 6], ["سابع", 7], ["سابعة", 7],
        ["ثامن", 8], ["ثامنة", 8], ["تاسع", 9], ["تاسعة", 9], ["عاشر", 10], ["عاشرة", 10],
        ["ثلاثي", 3], ["ثلاثية", 3], ["ثنائي", 2], ["ثنائية", 2], ["رباعي", 4], ["رباعية", 4], ["خماسي", 5], ["خماسية", 5],
        ["سداسي", 6], ["سباعي", 7],
      ] as const
    ).map(([w, v]): [string, number] => [A(w), v]),
  ),
};

// Arabic decades ("التسعينيات" = the 1990s or the nineties).
const AR_DECADES = new Map(
  (
    [
      ["عشرينيات", 20], ["ثلاثينيات", 30], ["أربعينيات", 40], ["خمسينيات", 50], ["ستينيات", 60], ["سبعينيات", 70],
      ["ثمانينيات", 80], ["تسعينيات", 90],
    ] as const
  ).map(([w, v]): [string, number] => [A(w), v]),
);

// Dual nouns counted as "two": a closed list of common count/time nouns (not every dual: الطرفين "both sides").
const AR_DUALS = new Set(
  [
    "يوم", "شهر", "عام", "سنت", "أسبوع", "ساعت", "دقيقت", "مرت", "عقد", "قرن", "ليلت", "أسير", "شخص", "طفل", "جندي",
    "هدف",
  ].flatMap((stem) => [A(stem + "ين"), A(stem + "ان"), A(stem + "ي")]).filter((w) => ![A("عامي"), A("جنديي"), A("شخصي"), A("طفلي"), A("أسيري"), A("يومي"), A("شهري"), A("عقدي"), A("قرني"), A("سنتي")].includes(w)),
);

const AR_DUAL_MAP = new Map([...AR_DUALS].map((w): [string, true] => [w, true]));

// Months that follow ordinal words in Arabic and must not read as numbers (تشرين الثاني = November).
const AR_ORDINAL_MONTH_HEADS = new Set([A("تشرين"), A("كانون"), A("ربيع"), A("جمادى"), A("جمادي")]);

// Fraction words: weak on their own (الربع is also "the quarter" of a year), a number before a scale word
// ("نصف مليون" = 500,000) or after one ("مليون ونصف" = 1,500,000).
const FRACTIONS: Record<string, Map<string, number>> = {
  en: new Map([["half", 0.5], ["quarter", 0.25]]),
  fr: new Map([["moitié", 0.5], ["demi", 0.5], ["quart", 0.25], ["tiers", 1 / 3]]),
  es: new Map([["mitad", 0.5], ["tercio", 1 / 3]]),
  ar: new Map(
    ([["نصف", 0.5], ["ربع", 0.25], ["ثلث", 1 / 3], ["ثلثي", 2 / 3], ["ثلثا", 2 / 3]] as const).map(([w, v]): [string, number] => [A(w), v]),
  ),
};

// Percentage points ("3 percentage points" is not "3%"), and bare "points" that may mean either.
const PERCENTAGE_POINT_WORDS: Record<string, string[][]> = {
  en: [["percentage", "points"], ["percentage", "point"], ["pp"], ["ppt"], ["ppts"]],
  fr: [["points", "de", "pourcentage"], ["point", "de", "pourcentage"]],
  es: [["puntos", "porcentuales"], ["punto", "porcentual"]],
  ar: [[A("نقاط"), A("مئوية")], [A("نقطة"), A("مئوية")], [A("نقطتين"), A("مئويتين")], [A("نقطتان"), A("مئويتان")], [A("نقاط"), A("مئويه")]],
};
const BARE_POINT_WORDS: Record<string, Set<string>> = {
  en: new Set(["points", "point", "pts", "pt"]),
  fr: new Set(["points", "point", "pts", "pt"]),
  es: new Set(["puntos", "punto"]),
  ar: new Set([A("نقاط"), A("نقطة"), A("نقطتين"), A("نقطتان")]),
};
// First words of a points unit, to skip the phrase tables for every other word.
const POINT_HEADS: Record<string, Set<string>> = Object.fromEntries(
  Object.keys(PERCENTAGE_POINT_WORDS).map((lang) => [lang, new Set([...PERCENTAGE_POINT_WORDS[lang]!.map((phrase) => phrase[0]!), ...BARE_POINT_WORDS[lang]!])]),
);
// Their first letters: most numbers are followed by none of them, which a character test tells without a token lookup.
const POINT_INITIALS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(POINT_HEADS).map(([lang, heads]) => [lang, new Set([...heads].flatMap((head) => [head[0]!, head[0]!.toUpperCase()]))]),
);
// The Arabic dual "نقطتين مئويتين" is "two percentage points" without any number before it.
const AR_POINTS_DUALS = new Set([A("نقطتين"), A("نقطتان")]);

// Set phrases whose numbers are not quantities to compare ("24/7", "7 jours sur 7", "24 horas al día"). They run on
// the ASCII-digit text; every quantifier is bounded.
const IDIOMS: Record<string, RegExp> = {
  en: /(?<![\d.,])(?:24 ?\/ ?7|24 hours a day|(?:7|seven) days a week|twenty-four hours a day)(?![\d\p{L}])/giu,
  fr: /(?<![\d.,])(?:24 ?(?:h|heures) ?(?:\/|sur) ?24|(?:7|sept) ?(?:j|jours) ?(?:\/|sur) ?(?:7|sept)|24 ?\/ ?7|vingt-quatre heures sur vingt-quatre)(?![\d\p{L}])/giu,
  es: /(?<![\d.,])(?:24 ?\/ ?7|(?:las )?24 horas (?:al|del) día|(?:7|siete) días (?:a|de) la semana)(?![\d\p{L}])/giu,
  ar: /(?<![\d.,])(?:24 ?\/ ?7|24 ساعة (?:في |ب)اليوم|(?:7|سبعة) أيام (?:في |ب)ال[أا]سبوع|على مدار (?:ال)?24 ساعة)(?![\d\p{L}])/gu,
};

const PERCENT_WORDS: Record<string, string[][]> = {
  en: [["percent"], ["per", "cent"], ["pc"]],
  fr: [["pour", "cent"], ["pourcent"]],
  es: [["por", "ciento"]],
  ar: [[A("بالمئة")], [A("بالمائة")], [A("في"), A("المئة")], [A("في"), A("المائة")], [A("بالمية")]],
};

const APPROXIMATE_WORDS: Record<string, Set<string>> = {
  en: new Set(["about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "than", "estimated"]),
  fr: new Set(["environ", "quelque", "près", "plus", "moins"]),
  es: new Set(["unos", "unas", "cerca", "alrededor", "casi", "más", "menos"]),
  ar: new Set([A("نحو"), A("حوالي"), A("قرابة"), A("زهاء"), A("من"), A("يقارب"), A("ونحو"), A("وحوالي"), A("تقريبا")]),
};

const SCALE_WORDS: Record<string, Map<string, number>> = {
  en: new Map([["thousand", 1e3], ["million", 1e6], ["millions", 1e6], ["billion", 1e9], ["billions", 1e9], ["trillion", 1e12], ["bn", 1e9], ["mn", 1e6], ["tn", 1e12]]),
  fr: new Map([["mille", 1e3], ["million", 1e6], ["millions", 1e6], ["milliard", 1e9], ["milliards", 1e9], ["md", 1e9], ["mds", 1e9], ["billion", 1e12], ["billions", 1e12]]),
  es: new Map([["mil", 1e3], ["millón", 1e6], ["millones", 1e6], ["billón", 1e12], ["billones", 1e12]]),
  ar: new Map(
    (
      [
        ["ألف", 1e3], ["ألفا", 1e3], ["آلاف", 1e3], ["مليون", 1e6], ["مليونا", 1e6], ["ملايين", 1e6], ["مليار", 1e9],
        ["مليارا", 1e9], ["مليارات", 1e9], ["بليون", 1e9], ["تريليون", 1e12],
      ] as const
    ).map(([w, v]): [string, number] => [A(w), v]),
  ),
};
// Letters glued to digits: "$3m", "2bn", "5k". "m" and "k" may also be metres or kilo-anything.
const GLUED_SCALES: Record<string, { scale: number; ambiguous: boolean }> = {
  m: { scale: 1e6, ambiguous: true }, mn: { scale: 1e6, ambiguous: false }, bn: { scale: 1e9, ambiguous: false },
  b: { scale: 1e9, ambiguous: true }, k: { scale: 1e3, ambiguous: true }, tn: { scale: 1e12, ambiguous: false },
};

const LATIN_AM_PM = /^[ \u00a0\u202f]*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)(?![\p{L}])/iu;
const AM_PM = /^[ \u00a0\u202f]*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|ص|م|صباحا|صباحًا|مساء|مساءً|ظهرا|ظهرًا|عصرا|ليلا|du matin|du soir|de l'après-midi)(?![\p{L}])/iu;

function wordTable(lang: string): Map<string, WordInfo> | undefined {
  if (lang === "en") return EN_WORDS;
  if (lang === "fr") return FR_WORDS;
  if (lang === "es") return ES_WORDS;
  if (lang === "ar") return AR_WORDS;
  return undefined;
}

const CONNECTORS: Record<string, string> = { en: "and", fr: "et", es: "y" };

type ArabicHit<T> = { entry: T; conj: boolean; article: boolean };

/** Arabic clitic analysis of a number word: the dictionary form, whether و/ف was attached, whether ال was. */
function computeArabicLookup<T>(key: string, dict: ReadonlyMap<string, T>): ArabicHit<T> | null {
  const direct = dict.get(key);
  if (direct !== undefined) return { entry: direct, conj: false, article: false };
  let rest = key;
  let conj = false;
  if (rest.startsWith("و") || rest.startsWith("ف")) {
    const hit = dict.get(rest.slice(1));
    if (hit !== undefined) return { entry: hit, conj: rest.startsWith("و"), article: false };
    conj = rest.startsWith("و");
    rest = rest.slice(1);
  }
  for (const prefix of ["بال", "كال", "لل", "ال", "ب", "ل", "ك"]) {
    if (!rest.startsWith(prefix)) continue;
    const stem = rest.slice(prefix.length);
    const hit = dict.get(stem);
    if (hit !== undefined) return { entry: hit, conj, article: prefix.includes("ال") || prefix === "لل" };
  }
  return null;
}

/** The Arabic tables a token is looked up in, analysed together once per distinct key. */
interface ArabicAnalysis {
  ordinal: ArabicHit<number> | null;
  decade: ArabicHit<number> | null;
  dual: ArabicHit<true> | null;
  word: ArabicHit<WordInfo> | null;
  fraction: ArabicHit<number> | null;
  /** نقطتين / نقطتان ("two points"), read as a number only before مئويتين. */
  pointsDual: boolean;
}

function arabicAnalysisOf(token: WordToken): ArabicAnalysis {
  const key = token.key;
  return (token.entry.arabic ??= {
    ordinal: computeArabicLookup(key, ORDINALS.ar!),
    decade: computeArabicLookup(key, AR_DECADES),
    dual: computeArabicLookup(key, AR_DUAL_MAP),
    word: computeArabicLookup(key, AR_WORDS),
    fraction: computeArabicLookup(key, FRACTIONS.ar!),
    pointsDual: AR_POINTS_DUALS.has(key) || (key.startsWith("و") && AR_POINTS_DUALS.has(key.slice(1))) || (key.startsWith("ب") && AR_POINTS_DUALS.has(key.slice(1))),
  });
}

function gapIsJoin(text: string): boolean {
  return /^[ \u00a0\u202f-]{1,3}$/u.test(text) || text === "\u2010" || text === "\u2011";
}

// ---------------------------------------------------------------------------------------------------------

/** All number mentions in `text`, in order, with exact UTF-16 offsets. */
export function extractNumbers(text: string, lang: string): NumberMention[] {
  return extractNumbersUnsafe(text, primary(lang));
}

const numberCaches = new Map<string, BoundedCache<readonly NumberMention[]>>();

/**
 * `extractNumbers` memoized per (text, language): several checks and the same QA run ask for the numbers of one
 * paragraph. The result is shared, so callers must not modify it.
 */
export function extractNumbersCached(text: string, lang: string): readonly NumberMention[] {
  let cache = numberCaches.get(lang);
  if (cache === undefined) {
    if (numberCaches.size > 64) numberCaches.clear();
    cache = new BoundedCache<readonly NumberMention[]>(4_000);
    numberCaches.set(lang, cache);
  }
  const hit = cache.get(text);
  return hit !== undefined ? hit : cache.set(text, extractNumbers(text, lang));
}

/** State of one extractNumbers call, shared by the module-level helpers below (no per-call closures). */
interface Scan {
  text: string;
  ascii: string;
  lang: string;
  tokens: WordToken[];
  mentions: NumberMention[];
  /** Token indexes used as scale / percent words. */
  consumed: Set<number>;
  dict: Map<string, WordInfo> | undefined;
  connector: string | undefined;
  /** Mentions from the digit pass (the first `digitCount` of `mentions`) and the word pass's cursor over them. */
  digitCount: number;
  digitCursor: number;
}

function tokenIndexAt(scan: Scan, offset: number): number {
  const tokens = scan.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

const SPACES_ONLY = /^\s+$/u;
const ONE_OR_TWO_SPACES = /^[\s]{1,2}$/u;
const ONE_OR_TWO_PLAIN_SPACES = /^[ \u00a0\u202f]{1,2}$/u;
const ONE_OR_TWO_WHITESPACES = /^\s{1,2}$/u;
const GLUED_LETTERS = /^[a-zA-Z]+/;
const PERCENT_SIGN = /^[ \u00a0\u202f]?[%٪]/u;
const CLOCK_TIME = /(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?!\d)/y;
const DIGIT_OR_SEPARATOR = /[\d.,]/;
const ORDINAL_SUFFIX = /^(st|nd|rd|th|er|re|e|ème|eme|è|º|ª|°|s)(?![\p{L}])/u;
const ARABIC_AM_PM_ONLY = /^[ \u00a0\u202f]*[مص]$/u;
const FRENCH_HOUR = /^\s?h(?:eures?)?(?:\s?\d{2})?(?![\p{L}])/u;
const RACE_TIME_FRACTION = /^[.,](\d{2})(?!\d)/;
// French race times: "9 s 02" is 9.02 seconds.
const FRENCH_HUNDREDTHS = /^[ \u00a0\u202f]?s[ \u00a0\u202f]?(\d{2})(?![\d\p{L}])/u;
// "15 جزءا من المئة" is 15 hundredths (0.15), "من الألف" thousandths.
const ARABIC_PARTS_OF = /^[ \u00a0]+(?:جزءا|جزء|أجزاء|اجزاء)[ \u00a0]+من[ \u00a0]+(?:(المئة|المائة)|الألف)/u;
// A number written onto a Latin name (Covid-19, F-16, G20): part of the name, not a quantity.
const LATIN_BEFORE_NUMBER = /[A-Za-z][\-‐‑]?$/;

/** Percent phrase starting at token index k: returns the index after it, or -1. */
function percentAt(scan: Scan, k: number): number {
  const { tokens, text } = scan;
  for (const phrase of PERCENT_WORDS[scan.lang] ?? PERCENT_WORDS.en!) {
    let ok = true;
    for (let j = 0; j < phrase.length && ok; j++) {
      const token = tokens[k + j];
      if (!token || token.key !== phrase[j]) ok = false;
      else if (j > 0 && !SPACES_ONLY.test(text.slice(tokens[k + j - 1]!.end, token.start))) ok = false;
    }
    if (ok) return k + phrase.length;
  }
  return -1;
}

/** Points unit starting at token index k (percentage points, or bare "points"): the kind and the index after it. */
function pointsAt(scan: Scan, k: number): { kind: "percentage" | "bare"; after: number } | null {
  const { tokens, text } = scan;
  if (!(POINT_HEADS[scan.lang] ?? POINT_HEADS.en!).has(tokens[k]?.key ?? "")) return null;
  for (const phrase of PERCENTAGE_POINT_WORDS[scan.lang] ?? PERCENTAGE_POINT_WORDS.en!) {
    let ok = true;
    for (let j = 0; j < phrase.length && ok; j++) {
      const token = tokens[k + j];
      if (!token || token.key !== phrase[j]) ok = false;
      else if (j > 0 && !SPACES_ONLY.test(text.slice(tokens[k + j - 1]!.end, token.start))) ok = false;
    }
    if (ok) return { kind: "percentage", after: k + phrase.length };
  }
  const token = tokens[k];
  if (token && (BARE_POINT_WORDS[scan.lang] ?? BARE_POINT_WORDS.en!).has(token.key)) return { kind: "bare", after: k + 1 };
  return null;
}

/** Points unit right after offset `end` (one or two spaces between): its kind and, for percentage points, its end. */
function pointsAfter(scan: Scan, end: number): { kind: "percentage" | "bare"; end: number } | null {
  const text = scan.text;
  const initial = text[end] === " " || text[end] === "\u00a0" || text[end] === "\u202f" ? (text[end + 1] === " " ? text[end + 2] : text[end + 1]) : undefined;
  if (initial === undefined || !(POINT_INITIALS[scan.lang] ?? POINT_INITIALS.en!).has(initial)) return null;
  const k = tokenIndexAt(scan, end);
  const next = scan.tokens[k];
  if (!next || !(POINT_HEADS[scan.lang] ?? POINT_HEADS.en!).has(next.key) || !ONE_OR_TWO_WHITESPACES.test(scan.text.slice(end, next.start))) return null;
  const hit = pointsAt(scan, k);
  if (!hit) return null;
  if (hit.kind === "bare") return { kind: "bare", end };
  for (let j = k; j < hit.after; j++) scan.consumed.add(j);
  return { kind: "percentage", end: scan.tokens[hit.after - 1]!.end };
}

function isApproximate(scan: Scan, start: number): boolean {
  const k = tokenIndexAt(scan, start) - 1;
  const previous = scan.tokens[k];
  if (!previous || !ONE_OR_TWO_SPACES.test(scan.text.slice(previous.end, start))) return false;
  return (APPROXIMATE_WORDS[scan.lang] ?? APPROXIMATE_WORDS.en!).has(previous.key);
}

/** After a mention ending at `end`: scale word, percent. Returns the new end and facts. */
function trailing(scan: Scan, end: number): { end: number; scale?: number; scaleAmbiguous?: boolean; percent: boolean; percentEnd: number } {
  const { text, tokens, lang, consumed } = scan;
  let cursor = end;
  let scale: number | undefined;
  let scaleAmbiguous = false;
  const glued = GLUED_LETTERS.exec(text.slice(cursor, cursor + 4));
  if (glued) {
    const g = GLUED_SCALES[glued[0].toLowerCase()];
    if (g && (lang === "en" || !g.ambiguous)) {
      scale = g.scale;
      scaleAmbiguous = g.ambiguous;
      cursor += glued[0].length;
      const k = tokenIndexAt(scan, end);
      if (tokens[k] && tokens[k]!.start < cursor) consumed.add(k);
    }
  } else {
    const k = tokenIndexAt(scan, cursor);
    const next = tokens[k];
    if (next && ONE_OR_TWO_PLAIN_SPACES.test(text.slice(cursor, next.start))) {
      const scales = SCALE_WORDS[lang] ?? SCALE_WORDS.en!;
      const hit = scales.get(next.key);
      if (hit !== undefined) {
        scale = hit;
        consumed.add(k);
        cursor = next.end;
        // "3 mil millones" = 3e9
        const after = tokens[k + 1];
        if (lang === "es" && hit === 1e3 && after && (after.key === "millones" || after.key === "millón") && SPACES_ONLY.test(text.slice(next.end, after.start))) {
          scale = 1e9;
          consumed.add(k + 1);
          cursor = after.end;
        }
      }
    }
  }
  let percent = false;
  let percentEnd = cursor;
  const sign = PERCENT_SIGN.exec(text.slice(cursor, cursor + 2));
  if (sign) {
    percent = true;
    percentEnd = cursor + sign[0].length;
  } else {
    const k = tokenIndexAt(scan, cursor);
    const next = tokens[k];
    if (next && ONE_OR_TWO_WHITESPACES.test(text.slice(cursor, next.start))) {
      const after = percentAt(scan, k);
      if (after >= 0) {
        percent = true;
        for (let j = k; j < after; j++) consumed.add(j);
      }
    }
  }
  return { end: cursor, scale, scaleAmbiguous, percent, percentEnd };
}

/**
 * Whether a digit mention (from the digit pass, sorted and disjoint) overlaps [start, end). The word pass asks in
 * increasing order of `start`, so a cursor over the digit mentions makes every question O(1) amortized.
 */
function occupied(scan: Scan, start: number, end: number): boolean {
  const digits = scan.mentions;
  let index = scan.digitCursor;
  while (index < scan.digitCount && digits[index]!.end <= start) index++;
  scan.digitCursor = index;
  return index < scan.digitCount && digits[index]!.start < end;
}

function lookup(scan: Scan, index: number): { info: WordInfo; conj: boolean; article: boolean } | null {
  const token = scan.tokens[index];
  const dict = scan.dict;
  if (!token || scan.consumed.has(index) || !dict) return null;
  if (scan.lang === "ar") {
    // For Arabic, `dict` is AR_WORDS (wordTable).
    const hit = arabicAnalysisOf(token).word;
    if (!hit) return null;
    // الاثنين / الأحد with the article are weekdays; "في المئة" is a percent marker.
    if (hit.article && hit.entry.value <= 2) return null;
    return { info: hit.entry, conj: hit.conj, article: hit.article };
  }
  const info = dict.get(token.key);
  return info ? { info, conj: false, article: false } : null;
}

/** Running total of a number-word phrase. */
interface Phrase {
  total: number;
  current: number;
  previous: WordInfo | null;
  biggestMult: number;
  usedMult: boolean;
  count: number;
}

function applyWord(phrase: Phrase, info: WordInfo, lang: string): void {
  if (info.kind === "mult") {
    phrase.usedMult = true;
    if (info.value === 100) {
      phrase.current = (phrase.current || 1) * 100;
    } else if (phrase.current === 0 && phrase.total > 0 && info.value > phrase.biggestMult) {
      phrase.total *= info.value;
    } else {
      phrase.total += (phrase.current || 1) * info.value;
      phrase.current = 0;
    }
    phrase.biggestMult = Math.max(phrase.biggestMult, info.value);
  } else if (lang === "fr" && phrase.previous && phrase.previous.kind === "unit" && phrase.previous.value === 4 && info.kind === "ten" && info.value === 20) {
    phrase.current += 80 - 4; // quatre-vingt(s)
  } else {
    phrase.current += info.value;
    if (info.kind === "hundreds" && info.value >= 2000) {
      // ألفان, مليونان: the dual of a scale word carries that scale.
      phrase.usedMult = true;
      phrase.biggestMult = Math.max(phrase.biggestMult, info.value / 2);
    }
  }
  phrase.previous = info;
  phrase.count++;
}

function parseWordPhrase(scan: Scan, first: number): { value: number; last: number; scale?: number; weak: boolean } | null {
  const { tokens, text, lang, connector } = scan;
  const head = lookup(scan, first);
  if (!head) return null;
  // Article "a"/"an" before a multiplier: "a million", "a hundred".
  const phrase: Phrase = { total: 0, current: 0, previous: null, biggestMult: 0, usedMult: false, count: 0 };
  let last = first;
  let index = first;
  const article = head.article;
  if (head.info.multOnly) return null;
  applyWord(phrase, head.info, lang);
  for (;;) {
    const nextIndex = index + 1;
    const next = tokens[nextIndex];
    if (!next) break;
    const gap = text.slice(tokens[index]!.end, next.start);
    let candidateIndex = nextIndex;
    let viaConnector = false;
    if (lang !== "ar" && connector && next.key === connector && SPACES_ONLY.test(gap)) {
      const after = tokens[nextIndex + 1];
      if (!after || !SPACES_ONLY.test(text.slice(next.end, after.start))) break;
      candidateIndex = nextIndex + 1;
      viaConnector = true;
    } else if (!gapIsJoin(gap)) break;
    const candidate = lookup(scan, candidateIndex);
    if (!candidate) break;
    if (lang === "ar" && candidate.article) break;
    if (!canFollow(phrase.previous!, candidate.info, viaConnector || candidate.conj, lang)) break;
    applyWord(phrase, candidate.info, lang);
    index = candidateIndex;
    last = candidateIndex;
  }
  const value = phrase.total + phrase.current;
  if (value <= 0) return null;
  const only = phrase.count === 1;
  if (only && head.info.notAlone) return null;
  if (only && lang === "ar" && head.info.kind === "mult" && head.info.value === 1e3) {
    // ألف alone is also a letter name and a verb (ألّف "wrote"): weak.
    return { value, last, weak: true };
  }
  let weak = head.info.weak === true && only;
  if (!phrase.usedMult && value <= 2) weak = true;
  if (lang === "ar" && !phrase.usedMult && value < 100 && (only || article)) weak = true;
  if (article && only) weak = true;
  const result: { value: number; last: number; scale?: number; weak: boolean } = { value, last, weak };
  if (phrase.biggestMult >= 1e3) result.scale = phrase.biggestMult;
  return result;
}

const relevantKeyCache = new Map<string, Set<string>>();

/** Keys the word loop can act on in a non-Arabic language: ordinal words, dictionary number words, "twice". */
function relevantKeys(lang: string): Set<string> {
  let keys = relevantKeyCache.get(lang);
  if (keys === undefined) {
    keys = new Set<string>([...(ORDINALS[lang]?.keys() ?? []), ...(wordTable(lang)?.keys() ?? []), ...(FRACTIONS[lang]?.keys() ?? [])]);
    if (lang === "en") keys.add("twice");
    relevantKeyCache.set(lang, keys);
  }
  return keys;
}

/** An Arabic word the word loop can act on: a decade, ordinal, dual or number word (with clitics). */
function isRelevantArabic(analysis: ArabicAnalysis): boolean {
  return analysis.decade !== null || analysis.ordinal !== null || analysis.dual !== null || analysis.word !== null || analysis.fraction !== null || analysis.pointsDual;
}

function compareMentions(a: NumberMention, b: NumberMention): number {
  return a.start - b.start || a.end - b.end;
}

/** True when some character of `text` is a digit the digit pass reads (ASCII, Arabic-Indic or Persian). */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (digitValue(text.charCodeAt(k)) >= 0) return true;
  return false;
}

const relevantPatterns = new Map<string, RegExp>();

/**
 * The language's relevant words (relevantKeys) as one case-insensitive expression over a text whose letters are all
 * ASCII (asciiLettersOnly): there a word is a run of [A-Za-z] and its key is its lower case, so the expression
 * matches exactly where the word pass would find a relevant word. Keys with other letters cannot occur in such a text.
 */
function relevantPattern(lang: string): RegExp {
  let pattern = relevantPatterns.get(lang);
  if (pattern === undefined) {
    const keys = [...relevantKeys(lang)].filter((key) => /^[a-z]+$/.test(key)).sort((a, b) => b.length - a.length);
    pattern = new RegExp(keys.length > 0 ? `(?<![A-Za-z])(?:${keys.join("|")})(?![A-Za-z])` : "(?!)", "i");
    relevantPatterns.set(lang, pattern);
  }
  return pattern;
}

function extractNumbersUnsafe(text: string, lang: string): NumberMention[] {
  // A text with no digit and no relevant word has no number: in a translation whose letters are all ASCII, one
  // regular expression tells, without splitting the text into words.
  if (lang !== "ar" && !hasDigit(text) && asciiLettersOnly(text) && !relevantPattern(lang).test(text)) return [];
  const ascii = toAsciiDigits(text);
  const tokens = tokenize(text);
  const mentions: NumberMention[] = [];
  const consumed = new Set<number>();
  const dict = wordTable(lang);
  const scan: Scan = { text, ascii, lang, tokens, mentions, consumed, dict, connector: CONNECTORS[lang], digitCount: 0, digitCursor: 0 };

  // ---- digits
  let i = 0;
  while (i < text.length) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    // Clock time h:mm(:ss)
    const time = CLOCK_TIME;
    time.lastIndex = i;
    const timeMatch = ascii[i - 1] !== undefined && DIGIT_OR_SEPARATOR.test(ascii[i - 1]!) ? null : time.exec(ascii);
    const colon = timeMatch !== null && ascii[i + timeMatch[1]!.length] === ":";
    // A race time "1:41.58" (minutes:seconds.hundredths): the minutes and 41.58 seconds, as "1 min 41 s 58" reads.
    const fraction = colon && timeMatch[3] === undefined ? RACE_TIME_FRACTION.exec(ascii.slice(i + timeMatch[0].length, i + timeMatch[0].length + 5)) : null;
    if (timeMatch && fraction) {
      const minutesEnd = i + timeMatch[1]!.length;
      const end = i + timeMatch[0].length + fraction[0].length;
      mentions.push({ value: Number(timeMatch[1]), start: i, end: minutesEnd, text: text.slice(i, minutesEnd), percent: false, form: "digits" });
      mentions.push({ value: Number(`${timeMatch[2]}.${fraction[1]}`), start: minutesEnd + 1, end, text: text.slice(minutesEnd + 1, end), percent: false, form: "digits" });
      i = end;
      continue;
    }
    if (timeMatch && (colon || LATIN_AM_PM.test(text.slice(i + timeMatch[0].length)))) {
      const hour = Number(timeMatch[1]);
      const minute = Number(timeMatch[2]);
      if (hour <= 24 && minute < 60) {
        const hourEnd = i + timeMatch[1]!.length;
        mentions.push({ value: hour, start: i, end: hourEnd, text: text.slice(i, hourEnd), percent: false, form: "digits", hour: true, alternatives: otherHalfOfDay(hour) });
        const minuteStart = hourEnd + 1;
        // ":00" is often dropped in translation ("17:00" → "5 pm", "17 h"): a weak mention matches but is never reported alone.
        mentions.push({ value: minute, start: minuteStart, end: minuteStart + 2, text: text.slice(minuteStart, minuteStart + 2), percent: false, form: "digits", ...(minute === 0 ? { weak: true } : {}) });
        if (timeMatch[3] !== undefined) {
          const secondStart = minuteStart + 3;
          mentions.push({ value: Number(timeMatch[3]), start: secondStart, end: secondStart + 2, text: text.slice(secondStart, secondStart + 2), percent: false, form: "digits" });
        }
        i += timeMatch[0].length;
        continue;
      }
    }
    // Digit groups with separators.
    const groups: DigitGroup[] = [];
    const seps: string[] = [];
    let j = i;
    for (;;) {
      const groupStart = j;
      while (isDigitAt(text, j)) j++;
      groups.push({ start: groupStart, end: j, digits: ascii.slice(groupStart, j) });
      const sep = text[j];
      if (sep !== undefined && (sep === "," || sep === "." || sep === "\u066b" || sep === "\u066c" || sep === " " || NARROW_SPACES.has(sep)) && isDigitAt(text, j + 1)) {
        seps.push(sep);
        j++;
        continue;
      }
      break;
    }
    const numbers = interpretRun(groups, seps, lang);
    for (let n = 0; n < numbers.length; n++) {
      const number = numbers[n]!;
      const mention: NumberMention = { value: number.value, start: number.start, end: number.end, text: "", percent: false, form: "digits" };
      if (number.alternatives.length > 0) mention.alternatives = number.alternatives;
      if (n === 0 && LATIN_BEFORE_NUMBER.test(text.slice(Math.max(0, number.start - 2), number.start))) mention.weak = true;
      const isLast = n === numbers.length - 1;
      let end = number.end;
      if (isLast) {
        // Ordinal suffix: 1st, 2nd, 21e, 1er, 3º, or "1990s".
        const suffix = ORDINAL_SUFFIX.exec(text.slice(end, end + 4));
        if (suffix && (suffix[1] !== "s" || number.end - number.start === 4)) {
          if (suffix[1] !== "s" && suffix[1] !== "°") mention.form = "ordinal";
          end += suffix[0].length;
          const k = tokenIndexAt(scan, number.end);
          if (tokens[k] && tokens[k]!.start < end) consumed.add(k);
        } else {
          // "2 pm", "10 a.m."
          const amPm = AM_PM.exec(text.slice(end));
          if (amPm && number.value <= 12 && Number.isInteger(number.value) && !ARABIC_AM_PM_ONLY.test(amPm[0])) {
            mention.hour = true;
            mention.alternatives = otherHalfOfDay(number.value);
          } else if (lang === "fr" && FRENCH_HOUR.test(ascii.slice(end, end + 12)) && number.value <= 24) {
            mention.hour = true;
            mention.alternatives = otherHalfOfDay(number.value);
          }
          const hundredths = lang === "fr" && Number.isInteger(number.value) ? FRENCH_HUNDREDTHS.exec(ascii.slice(end, end + 6)) : null;
          const parts = lang === "ar" ? ARABIC_PARTS_OF.exec(text.slice(end, end + 40)) : null;
          if (hundredths) {
            mention.value = number.value + Number(hundredths[1]) / 100;
            end += hundredths[0].length;
          } else if (parts) {
            (mention.alternatives ??= []).push(number.value / (parts[1] !== undefined ? 100 : 1000));
          }
          const tail = trailing(scan, end);
          if (tail.scale !== undefined) {
            mention.scale = tail.scale;
            mention.value = number.value * tail.scale;
            mention.alternatives = [...(mention.alternatives ?? []).map((v) => v * tail.scale!)];
            if (tail.scaleAmbiguous) mention.alternatives.push(number.value);
            if (mention.alternatives.length === 0) delete mention.alternatives;
            end = tail.end;
          }
          if (tail.percent) {
            mention.percent = true;
            end = Math.max(end, tail.percentEnd);
          } else {
            const points = pointsAfter(scan, end);
            if (points) {
              mention.points = points.kind;
              end = Math.max(end, points.end);
            }
          }
        }
      }
      // Arabic text sometimes stores the sign first in logical order ("%50").
      if (!mention.percent && (text[number.start - 1] === "%" || text[number.start - 1] === "٪") && lang === "ar") mention.percent = true;
      mention.end = end;
      mention.text = text.slice(mention.start, end);
      if (isApproximate(scan, mention.start)) mention.approximate = true;
      mentions.push(mention);
    }
    i = Math.max(j, mentions.length > 0 ? mentions[mentions.length - 1]!.end : j);
  }

  // ---- words
  scan.digitCount = mentions.length;
  const ordinals = ORDINALS[lang];
  const fractions = FRACTIONS[lang];
  const relevant = lang === "ar" ? null : relevantKeys(lang);
  let k = 0;
  while (k < tokens.length) {
    // Most words are no number word of any kind: every branch below would just move on.
    if (relevant !== null ? !relevant.has(tokens[k]!.key) : !isRelevantArabic(arabicAnalysisOf(tokens[k]!))) {
      k++;
      continue;
    }
    if (consumed.has(k)) {
      k++;
      continue;
    }
    const token = tokens[k]!;
    if (occupied(scan, token.start, token.end)) {
      k++;
      continue;
    }
    // Ordinal words and duals (weak).
    if (lang === "ar") {
      const previous = tokens[k - 1];
      // For Arabic, `ordinals` is ORDINALS.ar: the analysis looks the key up in it, AR_DECADES and AR_DUAL_MAP.
      const analysis = arabicAnalysisOf(token);
      const ordinal = ordinals ? analysis.ordinal : null;
      const decade = analysis.decade;
      if (decade) {
        mentions.push({ value: 1900 + decade.entry, alternatives: [decade.entry], start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "words" });
        k++;
        continue;
      }
      if (ordinal && !(previous && AR_ORDINAL_MONTH_HEADS.has(previous.key) && ordinal.entry <= 2)) {
        // الحادي عشر (11th), الخامس والعشرين (25th): a compound ordinal is a number like any other.
        const compound = arabicCompoundOrdinal(scan, k, ordinal.entry);
        if (compound) {
          mentions.push({ value: compound.value, start: token.start, end: tokens[compound.last]!.end, text: text.slice(token.start, tokens[compound.last]!.end), percent: false, form: "ordinal" });
          k = compound.last + 1;
          continue;
        }
        // "اليوم الأول" etc.; not when a dictionary number word would read better (ثماني is eight).
        if (!dict?.has(token.key)) {
          mentions.push({ value: ordinal.entry, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "ordinal" });
          k++;
          continue;
        }
      }
      if (analysis.pointsDual) {
        const points = pointsAt(scan, k);
        if (points?.kind === "percentage") {
          const last = tokens[points.after - 1]!;
          mentions.push({ value: 2, start: token.start, end: last.end, text: text.slice(token.start, last.end), percent: false, form: "dual", points: "percentage" });
          k = points.after;
          continue;
        }
      }
      if (analysis.dual) {
        mentions.push({ value: 2, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "dual" });
        k++;
        continue;
      }
      const fraction = analysis.fraction;
      if (fraction && !fraction.article) {
        k = pushFraction(scan, k, fraction.entry);
        continue;
      }
    } else if (ordinals?.has(token.key)) {
      const value = ordinals.get(token.key)!;
      mentions.push({ value, start: token.start, end: token.end, text: token.raw, percent: false, form: "ordinal", ...(value < HARD_ORDINAL_FROM ? { weak: true } : {}) });
      k++;
      continue;
    } else if (lang === "en" && token.key === "twice") {
      mentions.push({ value: 2, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "words" });
      k++;
      continue;
    } else if (fractions?.has(token.key)) {
      k = pushFraction(scan, k, fractions.get(token.key)!);
      continue;
    }
    if (!dict) {
      k++;
      continue;
    }
    const phrase = parseWordPhrase(scan, k);
    if (!phrase) {
      k++;
      continue;
    }
    const startToken = tokens[k]!;
    // "twenty-first", "vingt-deuxième", "trente et unième": tens (or French dix) followed by a unit ordinal.
    const ordinalTail = lang === "ar" ? null : ordinalAfterTens(scan, phrase.last, phrase.value);
    if (ordinalTail) {
      const last = tokens[ordinalTail.last]!;
      mentions.push({ value: phrase.value + ordinalTail.value, start: startToken.start, end: last.end, text: text.slice(startToken.start, last.end), percent: false, form: "ordinal" });
      k = ordinalTail.last + 1;
      continue;
    }
    let endToken = tokens[phrase.last]!;
    const mention: NumberMention = {
      value: phrase.value,
      start: startToken.start,
      end: endToken.end,
      text: text.slice(startToken.start, endToken.end),
      percent: false,
      form: "words",
    };
    if (phrase.scale !== undefined) mention.scale = phrase.scale;
    if (phrase.weak) mention.weak = true;
    let next = phrase.last + 1;
    const after = percentAt(scan, phrase.last + 1);
    if (after >= 0 && ONE_OR_TWO_WHITESPACES.test(text.slice(endToken.end, tokens[phrase.last + 1]!.start))) {
      mention.percent = true;
      for (let j = phrase.last + 1; j < after; j++) consumed.add(j);
    } else {
      const points = pointsAfter(scan, endToken.end);
      if (points) {
        mention.points = points.kind;
        if (points.kind === "percentage") {
          // "ثلاث نقاط مئوية", "five percentage points": unambiguous, whatever the size of the number.
          delete mention.weak;
          mention.end = points.end;
          mention.text = text.slice(mention.start, points.end);
          next = tokenIndexAt(scan, points.end);
          endToken = tokens[next - 1]!;
        }
      }
    }
    if (isApproximate(scan, mention.start)) mention.approximate = true;
    mentions.push(mention);
    k = next;
  }

  mentions.sort(compareMentions);
  if (lang === "ar") mergeArabicCompounds(scan);
  markIdioms(scan);
  return mentions;
}

/** الحادي عشر / الحادية عشرة (11), الخامس والعشرين (25) after ordinal token k: the value and the last token. */
function arabicCompoundOrdinal(scan: Scan, k: number, unit: number): { value: number; last: number } | null {
  const { tokens, text } = scan;
  const next = tokens[k + 1];
  if (!next || unit > 9 || !/^[ \u00a0]{1,2}$/u.test(text.slice(tokens[k]!.end, next.start))) return null;
  const word = arabicAnalysisOf(next).word;
  if (!word) return null;
  if (!word.conj && !word.article && word.entry.kind === "teen" && word.entry.value === 10) return { value: 10 + unit, last: k + 1 };
  if (word.conj && word.entry.kind === "ten") return { value: word.entry.value + unit, last: k + 1 };
  return null;
}

/** "twenty-first", "dix-septième", "trente et unième": a unit ordinal right after a phrase of tens. */
function ordinalAfterTens(scan: Scan, last: number, value: number): { value: number; last: number } | null {
  const { tokens, text, lang } = scan;
  const ordinals = ORDINALS[lang];
  if (!ordinals || value < 10 || value >= 100 || value % 10 !== 0) return null;
  let index = last + 1;
  let gap = tokens[index] ? text.slice(tokens[last]!.end, tokens[index]!.start) : "";
  if (scan.connector && tokens[index]?.key === scan.connector && SPACES_ONLY.test(gap) && tokens[index + 1]) {
    gap = "-";
    index++;
    if (!SPACES_ONLY.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))) return null;
  }
  const token = tokens[index];
  if (!token || !/^[-\u2010\u2011]$/u.test(gap)) return null;
  const unit = ordinals.get(token.key);
  if (unit === undefined || unit > 9) return null;
  return { value: unit, last: index };
}

/**
 * A fraction word at token k: with a scale word after it ("نصف مليون", "half a million") it is that many; alone
 * it is weak, with the percent it stands for as alternative ("نصف الناخبين" ~ "50% of voters"). Returns the next
 * token index.
 */
function pushFraction(scan: Scan, k: number, value: number): number {
  const { tokens, text, lang, mentions } = scan;
  const token = tokens[k]!;
  let index = k + 1;
  // "half a million": the English article between.
  if (lang === "en" && tokens[index]?.key === "a" && SPACES_ONLY.test(text.slice(token.end, tokens[index]!.start))) index++;
  const scaleToken = tokens[index];
  const scale = scaleToken && SPACES_ONLY.test(text.slice(tokens[index - 1]!.end, scaleToken.start)) ? (SCALE_WORDS[lang] ?? SCALE_WORDS.en!).get(scaleToken.key) : undefined;
  if (scale !== undefined && scale >= 1e3) {
    mentions.push({ value: value * scale, start: token.start, end: scaleToken!.end, text: text.slice(token.start, scaleToken!.end), percent: false, form: "words", scale });
    scan.consumed.add(index);
    return index + 1;
  }
  // "un quart de point de pourcentage", "a quarter of a percentage point": up to two linking words before the unit.
  let unitAt = token.end;
  for (let j = k + 1; j <= k + 2 && FRACTION_LINKS.has(tokens[j]?.key ?? "") && SPACES_ONLY.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)); j++) unitAt = tokens[j]!.end;
  const points = pointsAfter(scan, unitAt);
  if (points?.kind === "percentage") {
    // "بنصف نقطة مئوية": half a percentage point.
    mentions.push({ value, start: token.start, end: points.end, text: text.slice(token.start, points.end), percent: false, form: "words", points: "percentage" });
    return tokenIndexAt(scan, points.end);
  }
  mentions.push({ value, alternatives: [Math.round(value * 1000) / 10], start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "words", fraction: true });
  return k + 1;
}

const FRACTION_LINKS = new Set(["de", "d", "of", "a", "del"]);

const AR_AND_GAP = /^[ \u00a0]{1,2}و$/u;
const PLAIN_GAP = /^[ \u00a0]{1,2}$/u;

/**
 * Arabic says 2,250,000 as "مليونان و250 ألفا" and 1,500,000 as "مليون ونصف": a number with a scale word joined by
 * و to a smaller number (or a fraction of the scale) is one quantity. Works on the sorted mentions in place.
 */
function mergeArabicCompounds(scan: Scan): void {
  const { mentions, text } = scan;
  let candidate = false;
  for (let k = 0; k < mentions.length - 1 && !candidate; k++) candidate = (mentions[k]!.scale ?? 0) >= 1e3;
  if (!candidate) return;
  const out: NumberMention[] = [];
  for (const mention of mentions) {
    const head = out[out.length - 1];
    if (head !== undefined && head.scale !== undefined && head.scale >= 1e3 && !head.percent && !head.hour && !mention.percent && !mention.hour && mention.start >= head.end) {
      const gap = text.slice(head.end, mention.start);
      const scale = head.scale;
      let added: number | undefined;
      // Only a whole number of the scale ("3.5 مليار و1200" is a list), and و written on the next number.
      const whole = Number.isInteger(head.value / scale);
      if (!whole) added = undefined;
      else if (mention.fraction === true && PLAIN_GAP.test(gap) && text[mention.start] === "و") added = mention.value * scale;
      else if (mention.form === "words" && !mention.fraction && PLAIN_GAP.test(gap) && text[mention.start] === "و" && mention.value >= scale / 1000 && mention.value < scale) added = mention.value;
      else if (mention.form === "digits" && AR_AND_GAP.test(gap) && mention.value >= scale / 1000 && mention.value < scale && (mention.scale ?? 0) < scale) added = mention.value;
      if (added !== undefined) {
        const merged: NumberMention = { value: head.value + added, start: head.start, end: mention.end, text: text.slice(head.start, mention.end), percent: false, form: head.form === "digits" || mention.form === "digits" ? "digits" : "words", scale };
        if (head.approximate) merged.approximate = true;
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(mention);
  }
  if (out.length !== mentions.length) {
    mentions.length = 0;
    for (const mention of out) mentions.push(mention);
  }
}

/** Numbers inside set phrases ("24/7", "7 jours sur 7") become weak: they may match, never be reported. */
function markIdioms(scan: Scan): void {
  const { mentions, ascii, lang } = scan;
  const idioms = IDIOMS[lang];
  if (!idioms || !mentions.some((m) => m.value === 24 || m.value === 7)) return;
  let index = 0;
  idioms.lastIndex = 0;
  for (const match of ascii.matchAll(idioms)) {
    const start = match.index;
    const end = start + match[0].length;
    while (index < mentions.length && mentions[index]!.end <= start) index++;
    for (let j = index; j < mentions.length && mentions[j]!.start < end; j++) mentions[j]!.weak = true;
  }
}

/** Whether number word `next` may continue a phrase after `previous` (joined by space/hyphen or a connector). */
function canFollow(previous: WordInfo, next: WordInfo, connected: boolean, lang: string): boolean {
  if (next.kind === "mult") {
    if (connected) return false;
    return previous.kind !== "mult" || next.value > previous.value;
  }
  if (lang === "ar") {
    // خمسة عشر (15); خمسة وعشرون (25); مئة وخمسون, ثلاثة آلاف وخمسمئة.
    if (!connected) return previous.kind === "unit" && next.kind === "teen" && next.value === 10;
    if (previous.kind === "unit") return next.kind === "ten";
    if (previous.kind === "mult" || previous.kind === "hundreds") return next.value < previous.value;
    return false;
  }
  if (lang === "fr") {
    if (previous.kind === "ten") {
      const unitOk = next.kind === "unit" || (next.kind === "teen" && (previous.value === 60 || previous.value === 20));
      return unitOk && (!connected || next.value === 1 || next.value === 11);
    }
    if (previous.kind === "teen" && previous.value === 10) return !connected && next.kind === "unit" && next.value >= 7; // dix-sept
    if (previous.kind === "unit" && previous.value === 4 && next.kind === "ten" && next.value === 20) return !connected; // quatre-vingt
  }
  if (lang === "es" && previous.kind === "ten") return next.kind === "unit" && (connected || previous.value === 20);
  if (previous.kind === "ten") return next.kind === "unit" && !connected;
  if (previous.kind === "mult" || previous.kind === "hundreds") {
    // "dos millones doscientas mil": hundreds may follow a thousand or more, never another hundred.
    if (next.kind === "hundreds") return previous.kind === "mult" && previous.value >= 1e3 && next.value < 1e3;
    return lang !== "en" || !connected || previous.kind === "mult";
  }
  return false;
}

/** The same clock hour in the other half of the day (2 → 14, 14 → 2, 12 → 0, 0 → 12). */
function otherHalfOfDay(hour: number): number[] {
  if (hour === 0 || hour === 24) return [12];
  if (hour === 12) return [0, 24];
  if (hour < 12) return [hour + 12];
  return [hour - 12];
}

/** True when two mentions may denote the same quantity (primary values or an alternative agree). */
export function numbersAgree(a: NumberMention, b: NumberMention): boolean {
  const av = [a.value, ...(a.alternatives ?? [])];
  const bv = [b.value, ...(b.alternatives ?? [])];
  for (const x of av) for (const y of bv) if (sameValue(x, y)) return true;
  return false;
}

/** Float-tolerant equality (1.5e9 computed two ways). */
export function sameValue(x: number, y: number): boolean {
  if (x === y) return true;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}
