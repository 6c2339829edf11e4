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

const WORD_RE = /[\p{L}\p{M}]+/gu;

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

function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const raw = match[0];
    const entry = wordEntry(raw);
    tokens.push({ start: match.index, end: match.index + raw.length, raw, key: entry.key, entry });
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
  [A("مليون"), "mult", 1e6], [A("مليونا"), "mult", 1e6, { multOnly: true }], [A("ملايين"), "mult", 1e6, { multOnly: true }],
  ...["مليونان", "مليونين", "مليوني"].map((w): [string, WordKind, number] => [A(w), "hundreds", 2e6]),
  [A("مليار"), "mult", 1e9], [A("بليون"), "mult", 1e9], [A("مليارا"), "mult", 1e9, { multOnly: true }],
  [A("مليارات"), "mult", 1e9, { multOnly: true }], [A("بلايين"), "mult", 1e9, { multOnly: true }],
  ...["ملياران", "مليارين", "ملياري"].map((w): [string, WordKind, number] => [A(w), "hundreds", 2e9]),
  [A("تريليون"), "mult", 1e12],
]);

// Ordinal words: weak evidence (الأول / "first" are as often "firstly", "leading", "former").
const ORDINALS: Record<string, Map<string, number>> = {
  en: new Map(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"].map(
      (w, k): [string, number] => [w, k + 1],
    ).concat([["twentieth", 20], ["thirtieth", 30], ["fiftieth", 50], ["hundredth", 100]]),
  ),
  fr: new Map(
    ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"].map(
      (w, k): [string, number] => [w, k + 1],
    ).concat([["première", 1], ["second", 2], ["seconde", 2]]),
  ),
  es: new Map(
    ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo"].map(
      (w, k): [string, number] => [w, k + 1],
    ).concat([["primera", 1], ["primer", 1], ["segunda", 2], ["tercera", 3], ["tercer", 3]]),
  ),
  ar: new Map(
    (
      [
        ["أول", 1], ["أولى", 1], ["أولا", 1], ["ثاني", 2], ["ثانية", 2], ["ثانيا", 2], ["ثالث", 3], ["ثالثة", 3], ["ثالثا", 3],
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
  ].flatMap((stem) => [A(stem + "ين"), A(stem + "ان"), A(stem + "ي")]).filter((w) => ![A("عامي"), A("جنديي"), A("شخصي"), A("طفلي"), A("أسيري"), A("يومي"), A("شهري"), A("عقدي"), A("قرني"), A("سنتي")].includes(w)),
);

const AR_DUAL_MAP = new Map([...AR_DUALS].map((w): [string, true] => [w, true]));

// Months that follow ordinal words in Arabic and must not read as numbers (تشرين الثاني = November).
const AR_ORDINAL_MONTH_HEADS = new Set([A("تشرين"), A("كانون"), A("ربيع"), A("جمادى"), A("جمادي")]);

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
}

function arabicAnalysisOf(token: WordToken): ArabicAnalysis {
  const key = token.key;
  return (token.entry.arabic ??= {
    ordinal: computeArabicLookup(key, ORDINALS.ar!),
    decade: computeArabicLookup(key, AR_DECADES),
    dual: computeArabicLookup(key, AR_DUAL_MAP),
    word: computeArabicLookup(key, AR_WORDS),
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

function occupied(scan: Scan, start: number, end: number): boolean {
  for (const m of scan.mentions) {
    if ((m.form === "digits" || m.form === "ordinal") && start < m.end && end > m.start) return true;
  }
  return false;
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
    if (info.kind === "hundreds" && info.value >= 2000) phrase.usedMult = true;
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
    keys = new Set<string>([...(ORDINALS[lang]?.keys() ?? []), ...(wordTable(lang)?.keys() ?? [])]);
    if (lang === "en") keys.add("twice");
    relevantKeyCache.set(lang, keys);
  }
  return keys;
}

/** An Arabic word the word loop can act on: a decade, ordinal, dual or number word (with clitics). */
function isRelevantArabic(analysis: ArabicAnalysis): boolean {
  return analysis.decade !== null || analysis.ordinal !== null || analysis.dual !== null || analysis.word !== null;
}

function compareMentions(a: NumberMention, b: NumberMention): number {
  return a.start - b.start || a.end - b.end;
}

function extractNumbersUnsafe(text: string, lang: string): NumberMention[] {
  const ascii = toAsciiDigits(text);
  const tokens = tokenize(text);
  const mentions: NumberMention[] = [];
  const consumed = new Set<number>();
  const dict = wordTable(lang);
  const scan: Scan = { text, ascii, lang, tokens, mentions, consumed, dict, connector: CONNECTORS[lang] };

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
  const ordinals = ORDINALS[lang];
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
        // "اليوم الأول" etc.; not when a dictionary number word would read better (ثماني is eight).
        if (!dict?.has(token.key)) {
          mentions.push({ value: ordinal.entry, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "ordinal" });
          k++;
          continue;
        }
      }
      if (analysis.dual) {
        mentions.push({ value: 2, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "dual" });
        k++;
        continue;
      }
    } else if (ordinals?.has(token.key)) {
      mentions.push({ value: ordinals.get(token.key)!, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "ordinal" });
      k++;
      continue;
    } else if (lang === "en" && token.key === "twice") {
      mentions.push({ value: 2, start: token.start, end: token.end, text: token.raw, percent: false, weak: true, form: "words" });
      k++;
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
    const endToken = tokens[phrase.last]!;
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
    const after = percentAt(scan, phrase.last + 1);
    if (after >= 0 && ONE_OR_TWO_WHITESPACES.test(text.slice(endToken.end, tokens[phrase.last + 1]!.start))) {
      mention.percent = true;
      for (let j = phrase.last + 1; j < after; j++) consumed.add(j);
    }
    if (isApproximate(scan, mention.start)) mention.approximate = true;
    mentions.push(mention);
    k = phrase.last + 1;
  }

  mentions.sort(compareMentions);
  return mentions;
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
    if (next.kind === "hundreds") return false;
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
