import type { GlossaryEntry } from "../qa/types";
import { seededRandom as generator } from "./random";

/**
 * A deterministic invented news article (Arabic source, English translation) of any length, with people, places,
 * numbers, weekdays, months and quotations, and a few deliberate translation errors (a name spelled another way,
 * a wrong number or month, a double space, a repeated word, an Arabic word left untranslated), so every QA check
 * has work. For benchmarks and tests; the people and events are made up.
 */

interface Person {
  ar: string;
  en: string;
  variant: string;
  surnameAr: string;
  surname: string;
}

const PEOPLE: readonly Person[] = [
  { ar: "يوسف الخطيب", en: "Youssef al-Khatib", variant: "Youssef al-Khateeb", surnameAr: "الخطيب", surname: "Khatib" },
  { ar: "بسام نعيم", en: "Bassem Naim", variant: "Bassem Naeem", surnameAr: "نعيم", surname: "Naim" },
  { ar: "سمير حداد", en: "Samir Haddad", variant: "Sameer Haddad", surnameAr: "حداد", surname: "Haddad" },
  { ar: "ليلى منصور", en: "Laila Mansour", variant: "Laila Mansur", surnameAr: "منصور", surname: "Mansour" },
  { ar: "كريم عبيدات", en: "Karim Obeidat", variant: "Kareem Obeidat", surnameAr: "عبيدات", surname: "Obeidat" },
];

const PLACES: ReadonlyArray<[string, string]> = [
  ["القاهرة", "Cairo"],
  ["عمان", "Amman"],
  ["بيروت", "Beirut"],
  ["الدوحة", "Doha"],
  ["تونس", "Tunis"],
];

const MONTHS: ReadonlyArray<[string, string]> = [
  ["يناير", "January"],
  ["فبراير", "February"],
  ["مارس", "March"],
  ["أبريل", "April"],
  ["مايو", "May"],
  ["يونيو", "June"],
  ["يوليو", "July"],
  ["أغسطس", "August"],
  ["سبتمبر", "September"],
  ["أكتوبر", "October"],
  ["نوفمبر", "November"],
  ["ديسمبر", "December"],
];

const WEEKDAYS: ReadonlyArray<[string, string]> = [
  ["الأحد", "Sunday"],
  ["الاثنين", "Monday"],
  ["الثلاثاء", "Tuesday"],
  ["الأربعاء", "Wednesday"],
  ["الخميس", "Thursday"],
];


/** The glossary that goes with the invented article: its people's approved spellings and the variants to avoid. */
export const INVENTED_GLOSSARY: readonly GlossaryEntry[] = PEOPLE.slice(0, 2).map((p) => ({ source: p.ar, target: p.en, forbidden: [p.variant], type: "person" as const }));

/** An invented article of `count` paragraph pairs (the same seed gives the same text). */
export function inventArticle(count: number, seed = 1): { source: string[]; target: string[] } {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < count; k++) {
    const person = pick(PEOPLE);
    const [placeAr, place] = pick(PLACES);
    const [monthAr, month] = pick(MONTHS);
    const [dayAr, day] = pick(WEEKDAYS);
    const amount = 2 + Math.floor(random() * 97);
    const name = chance(0.12) ? person.variant : person.en;
    const shownAmount = chance(0.08) ? amount + 1 : amount;
    const shownMonth = chance(0.05) ? pick(MONTHS)[1] : month;
    let ar: string;
    let en: string;
    switch (k % 5) {
      case 0:
        ar = `قال ${person.ar} في ${placeAr} إن الحكومة ستخصص ${amount} مليون دولار لإعادة إعمار المدارس والمستشفيات خلال شهر ${monthAr} المقبل.`;
        en = `${name} said in ${place} that the government would allocate ${shownAmount} million dollars to rebuild schools and hospitals in ${shownMonth}.`;
        break;
      case 1:
        ar = `وأضاف ${person.surnameAr} أن ${amount} ألف أسرة تلقت مساعدات غذائية منذ بداية العام، وفق بيان رسمي صدر في ${placeAr}.`;
        en = `${name.split(" ").slice(-1)[0]} added that ${shownAmount},000 families had received food aid since the start of the year, according to an official statement issued in ${place}.`;
        break;
      case 2:
        ar = `وأوضح المتحدث أن الاجتماع المقبل سيعقد يوم ${dayAr} في ${placeAr} بحضور ممثلين عن ${amount} دولة ومنظمة دولية.`;
        en = `The spokesman explained that the next meeting would be held on ${day} in ${place} with representatives of ${shownAmount} countries and international organizations.`;
        break;
      case 3:
        ar = `وقال ${person.ar} للصحفيين: "نحن ملتزمون بالاتفاق ولن نتراجع عنه مهما كانت الضغوط".`;
        en = `${name} told reporters: "We are committed to the agreement and will not back down whatever the pressure."`;
        break;
      default:
        ar = `وتشير تقديرات الأمم المتحدة إلى أن نسبة البطالة بلغت ${amount} بالمئة في ${monthAr}، وهي الأعلى منذ عقد.`;
        en = `United Nations estimates indicate that unemployment reached ${shownAmount} percent in ${shownMonth}, the highest in a decade.`;
    }
    if (chance(0.04)) en = en.replace(" the ", " the the ");
    if (chance(0.04)) en = en.replace(" that ", "  that ");
    if (chance(0.03)) en = en.replace(" government ", " الحكومة ");
    source.push(ar);
    target.push(en);
  }
  return { source, target };
}
