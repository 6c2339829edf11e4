/**
 * Words that translate one way and are easy to list: weekdays, months, and number words. The sentence aligner uses
 * them as anchors (like digits and names), so that it can tell which of two sentences of similar length was
 * translated. Keys are concept ids ("wed", "n5"); adding a language is adding a table.
 */

const TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ar: {
    الاثنين: "mon", الإثنين: "mon", الثلاثاء: "tue", الأربعاء: "wed", الاربعاء: "wed", الخميس: "thu", الجمعة: "fri", السبت: "sat", الأحد: "sun", الاحد: "sun",
    يناير: "jan", فبراير: "feb", مارس: "mar", أبريل: "apr", ابريل: "apr", مايو: "may", يونيو: "jun", يوليو: "jul", أغسطس: "aug", سبتمبر: "sep", أكتوبر: "oct", نوفمبر: "nov", ديسمبر: "dec",
    اثنان: "n2", اثنين: "n2", اثنتين: "n2", عامين: "n2", سنتين: "n2", يومين: "n2", أسبوعين: "n2", شهرين: "n2", مليونا: "n2", مليوني: "n2",
    ثلاث: "n3", ثلاثة: "n3", أربع: "n4", أربعة: "n4", خمس: "n5", خمسة: "n5", ست: "n6", ستة: "n6", سبع: "n7", سبعة: "n7",
    ثمان: "n8", ثماني: "n8", ثمانية: "n8", تسع: "n9", تسعة: "n9", عشر: "n10", عشرة: "n10", عشرين: "n20", عشرون: "n20", ثلاثين: "n30", ثلاثون: "n30",
    مئة: "n100", مائة: "n100", ألف: "n1000", آلاف: "n1000", مليون: "n1e6", ملايين: "n1e6", مليار: "n1e9", مليارات: "n1e9", نصف: "half", ربع: "quarter",
  },
  en: {
    monday: "mon", tuesday: "tue", wednesday: "wed", thursday: "thu", friday: "fri", saturday: "sat", sunday: "sun",
    january: "jan", february: "feb", march: "mar", april: "apr", may: "may", june: "jun", july: "jul", august: "aug", september: "sep", october: "oct", november: "nov", december: "dec",
    two: "n2", three: "n3", four: "n4", five: "n5", six: "n6", seven: "n7", eight: "n8", nine: "n9", ten: "n10", twenty: "n20", thirty: "n30",
    hundred: "n100", hundreds: "n100", thousand: "n1000", thousands: "n1000", million: "n1e6", millions: "n1e6", billion: "n1e9", billions: "n1e9", half: "half", quarter: "quarter",
  },
  fr: {
    lundi: "mon", mardi: "tue", mercredi: "wed", jeudi: "thu", vendredi: "fri", samedi: "sat", dimanche: "sun",
    janvier: "jan", février: "feb", mars: "mar", avril: "apr", mai: "may", juin: "jun", juillet: "jul", août: "aug", septembre: "sep", octobre: "oct", novembre: "nov", décembre: "dec",
    deux: "n2", trois: "n3", quatre: "n4", cinq: "n5", six: "n6", sept: "n7", huit: "n8", neuf: "n9", dix: "n10", vingt: "n20", trente: "n30",
    cent: "n100", centaines: "n100", mille: "n1000", milliers: "n1000", million: "n1e6", millions: "n1e6", milliard: "n1e9", milliards: "n1e9", moitié: "half", quart: "quarter",
  },
  es: {
    lunes: "mon", martes: "tue", miércoles: "wed", jueves: "thu", viernes: "fri", sábado: "sat", domingo: "sun",
    enero: "jan", febrero: "feb", marzo: "mar", abril: "apr", mayo: "may", junio: "jun", julio: "jul", agosto: "aug", septiembre: "sep", octubre: "oct", noviembre: "nov", diciembre: "dec",
    dos: "n2", tres: "n3", cuatro: "n4", cinco: "n5", seis: "n6", siete: "n7", ocho: "n8", nueve: "n9", diez: "n10", veinte: "n20", treinta: "n30",
    cien: "n100", cientos: "n100", mil: "n1000", miles: "n1000", millón: "n1e6", millones: "n1e6", mitad: "half",
  },
};

const LATIN_WORDS: Readonly<Record<string, string>> = Object.assign({}, TABLES.en, TABLES.fr, TABLES.es);
const ARABIC = TABLES.ar!;
// Arabic clitics in front of a listed word: "و", "ف", "ب", "ل", "ال" and their combinations ("وبال", "لل").
const ARABIC_PREFIX = /^(?:[وف]?(?:ب|ل|ك)?)/u;
const WORD = /[\p{L}\p{M}]+/gu;

function arabicConcept(word: string): string | undefined {
  const direct = ARABIC[word];
  if (direct) return direct;
  const bare = word.replace(ARABIC_PREFIX, "");
  const candidates = [bare, bare.startsWith("ل") ? `ال${bare.slice(1)}` : bare, `ال${bare}`, bare.replace(/^ال/u, "")];
  for (const candidate of candidates) {
    const found = ARABIC[candidate];
    if (found) return found;
  }
  return undefined;
}

/** Concept ids of the listed words in `text` (any listed language; Arabic words with their clitics). */
export function lexiconConcepts(text: string): string[] {
  const concepts: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const code = word.charCodeAt(0);
    const concept = code >= 0x0600 && code <= 0x06ff ? arabicConcept(word) : LATIN_WORDS[word.toLowerCase()];
    if (concept) concepts.push(concept);
  }
  return concepts;
}
