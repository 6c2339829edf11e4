import { normalizeArabic } from "../../text/arabic";
import { hasArabicScript } from "../../text/scripts";
import { words } from "../../text/words";
import type { Finding, QaCheck, QaContext } from "../types";
import { makeFinding, primaryLanguage } from "../util";

// Grammatical repeats that are correct: "had had", "that that"; French reflexives "nous nous", "vous vous";
// German relative pronouns "die die", "der der", "das das"; Arabic "من من" (from whom), emphatic "جدا جدا".
const ALLOWED: Record<string, ReadonlySet<string>> = {
  en: new Set(["had", "that", "is", "do", "bye", "no", "yes", "very", "so", "ha", "blah", "knock", "tut", "bang", "boo"]),
  fr: new Set(["nous", "vous", "si", "non", "oui", "très", "ha", "bla"]),
  es: new Set(["no", "sí", "si", "muy", "ja", "bla"]),
  it: new Set(["no", "sì", "molto", "piano", "ah", "ha", "bla"]),
  de: new Set(["die", "der", "das", "sie", "ja", "nein", "sehr", "ha", "bla"]),
  ar: new Set(["من", "ما", "جدا", "رويدا", "شيئا", "حينا", "لا", "نعم", "كلا"].map((w) => normalizeArabic(w))),
  fa: new Set(["که", "کم", "خیلی", "نه"]),
  ur: new Set(["نہیں", "بہت", "کم"]),
};

// Turkish and Persian reduplicate content words productively ("yavaş yavaş", "güzel güzel"): there only
// function words are checked.
const FUNCTION_WORDS_ONLY: Record<string, ReadonlySet<string>> = {
  tr: new Set(["ve", "bir", "bu", "şu", "o", "da", "de", "ile", "için", "gibi", "ama", "veya", "ki", "en", "daha"]),
};

const SENTENCE_BREAK_FREE = /^[ \u00a0\u202f\u2009]+$/u;

function keyOf(word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  return hasArabicScript(lower) ? normalizeArabic(lower) : lower;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The same word twice in a row ("the the", "في في") in the target, not across punctuation. */
export const repeatedWordCheck: QaCheck = {
  id: "repeated-word",
  name: "Repeated word",
  description: "The same word written twice in a row in the translation (\"the the\", \"في في\"), ignoring legitimate repeats such as \"had had\".",
  category: "linguistic",
  subcategory: "grammar",
  defaultSeverity: "minor",
  run(context: QaContext): Finding[] {
    const lang = primaryLanguage(context.targetLang);
    const allowed = ALLOWED[lang];
    const onlyThese = FUNCTION_WORDS_ONLY[lang];
    const findings: Finding[] = [];
    context.target.forEach((text, paragraph) => {
      const tokens = words(text, context.targetLang);
      for (let k = 1; k < tokens.length; k++) {
        const first = tokens[k - 1]!;
        const second = tokens[k]!;
        if (!SENTENCE_BREAK_FREE.test(text.slice(first.end, second.start))) continue;
        if (!/\p{L}/u.test(first.text)) continue;
        const key = keyOf(first.text);
        if (key !== keyOf(second.text)) continue;
        if (allowed?.has(key)) continue;
        if (onlyThese && !onlyThese.has(key)) continue;
        // "Bora Bora", "Sirhan Sirhan": two capitalized words are usually a name.
        if (isCapitalized(first.text) && isCapitalized(second.text)) continue;
        // Words glued to the previous or next word by a hyphen or apostrophe are compounds ("so-so").
        if (/[-‐'’]$/u.test(text.slice(0, first.start)) || /^[-‐'’]/u.test(text.slice(second.end))) continue;
        findings.push(
          makeFinding(repeatedWordCheck, {
            side: "target",
            paragraph,
            start: first.start,
            end: second.end,
            paragraphText: text,
            code: "repeated",
            message: `The word "${first.text}" is repeated.`,
            suggestion: first.text,
            params: { word: first.text },
          }),
        );
        k++; // "the the the" yields one finding per pair, not overlapping ones
      }
    });
    return findings;
  },
};
