/**
 * The deterministic synthetic Arabic/English corpus of the QA benchmarks (bench:qa, bench:cli): seeded PRNG, names,
 * numbers in Western and Arabic-Indic digits, quotes, one merged paragraph and page chrome in half of the articles.
 */
import type { GlossaryEntry } from "../lib/qa/types";
import { seededRandom } from "../lib/seed/random";

/** The seeded generator (lib/seed/random.ts). */
export const prng = seededRandom;

export const NAMES: Array<[string, string]> = [
  ["نعيم", "Naim"], ["هنية", "Haniyeh"], ["نتنياهو", "Netanyahu"], ["بلينكن", "Blinken"], ["السيسي", "Sisi"],
  ["عباس", "Abbas"], ["محمد", "Mohammed"], ["أحمد", "Ahmed"], ["خليل", "Khalil"], ["يوسف", "Youssef"],
  ["قطر", "Qatar"], ["بايدن", "Biden"], ["حمدان", "Hamdan"], ["سلامة", "Salameh"], ["بيروت", "Beirut"],
  ["درنة", "Derna"], ["غزة", "Gaza"], ["لبنان", "Lebanon"], ["بغداد", "Baghdad"], ["تونس", "Tunis"],
];
export const AR_WORDS = (
  "قال أكد أضاف أوضح أعلن الحكومة الوزير المصدر المفاوضات الاتفاق الاقتصاد السوق الأسعار المستشفى المرضى الانتخابات " +
  "الناخبين المحكمة القاضي الفريق المباراة الطقس الأمطار العاصفة السكان المدينة البلاد العام الماضي المقبل اليوم أمس " +
  "خلال بعد قبل في على من إلى عن مع أن إن الذي التي هذه هذا وقد كما حيث بينما لكن ثم أيضا نحو أكثر أقل جديد كبير " +
  "الأولى الثانية الرسمية الدولية المحلية العاجلة الاجتماع الجلسة البيان التقرير الأزمة المساعدات الشركة البنك"
).split(" ");
export const EN_WORDS = (
  "said confirmed added explained announced the government minister source negotiations agreement economy market " +
  "prices hospital patients elections voters court judge team match weather rain storm residents city country year " +
  "last next today yesterday during after before in on of to about with that which this these has also while but then " +
  "around more less new large first second official international local urgent meeting session statement report " +
  "crisis aid company bank and a for by its their were was is are"
).split(" ");
export const CHROME = ["Share your opinion", "Follow us on Twitter", "Read also: markets close higher after central bank decision"];

export interface Article {
  source: string[];
  target: string[];
  words: number;
}

export function sentence(random: () => number, pool: string[], length: number, name: string, number: string): string {
  const words: string[] = [];
  const nameAt = Math.floor(random() * length);
  const numberAt = Math.floor(random() * length);
  for (let k = 0; k < length; k++) {
    if (k === nameAt) words.push(name);
    else if (k === numberAt) words.push(number);
    else words.push(pool[Math.floor(random() * pool.length)]!);
  }
  return words.join(" ");
}

/** One article: paragraphs of realistic sizes with shared names, numbers and quotes; chrome at the end. */
export function makeArticle(random: () => number, paragraphs: number): Article {
  const source: string[] = [];
  const target: string[] = [];
  let words = 0;
  for (let p = 0; p < paragraphs; p++) {
    const arabicLength = 12 + Math.floor(random() * random() * 70);
    const [arabicName, latinName] = NAMES[Math.floor(random() * NAMES.length)]!;
    const value = String(Math.floor(random() * 5000));
    const arabicDigits = random() < 0.3 ? value.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : value;
    let ar = sentence(random, AR_WORDS, arabicLength, arabicName, arabicDigits);
    let en = sentence(random, EN_WORDS, Math.round(arabicLength * (1.15 + random() * 0.3)), latinName, value);
    if (random() < 0.25) {
      ar = `${ar} وقال إن "${sentence(random, AR_WORDS, 6, arabicName, value)}".`;
      en = `${en} and said "${sentence(random, EN_WORDS, 8, latinName, value)}".`;
    } else {
      ar += ".";
      en += ".";
    }
    source.push(ar);
    target.push(en);
  }
  if (paragraphs > 6 && random() < 0.5) {
    const j = 2 + Math.floor(random() * (paragraphs - 4));
    target.splice(j, 2, `${target[j]} ${target[j + 1]}`);
  }
  target.push(CHROME[Math.floor(random() * CHROME.length)]!, target[0]!);
  for (const text of [...source, ...target]) words += countWords(text);
  return { source, target, words };
}

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export const GLOSSARY: GlossaryEntry[] = [
  { source: "نعيم", target: "Naim", forbidden: ["Naeem"], type: "person" },
  { source: "هنية", target: "Haniyeh", forbidden: ["Haniya"], type: "person" },
  { source: "السيسي", target: "Sisi", forbidden: ["Sissi"], type: "person" },
];
