import { nameWordKeys, normalizeNameKey } from "../../names/key";
import { isCommonWord, sameNameWritings } from "../../names/learn";
import { GROUP_COMPARISONS, pairNames, type PairedName } from "../../names/pair";
import { houseSpelling, type NameRecord } from "../../names/types";
import { latinParticleKey, nameUnits } from "../../text/names";
import type { Finding, QaCheck, QaContext } from "../types";
import { interpolate } from "../../formats/errors";
import { makeFinding, primaryLanguage, tooLongToCheck, writesArabicScript } from "../util";

/** A register name with a house spelling, ready for comparison. */
interface Authority {
  record: NameRecord;
  house: string;
  confirmed: boolean;
  /** The house spelling as a name unit: particle key and name word. */
  particle: string | undefined;
  nameWord: string;
  hasArticle: boolean;
  /** Spellings an editor marked as another person or place with this Arabic name (first letter case folded). */
  distinct: Set<string>;
  count: number;
  examples: string;
}

/** English messages (worded for users in locales/<lng>/qa.json under name-authority). */
const MESSAGES = {
  learned: "\"{{name}}\" is spelled \"{{house}}\" in {{count}} approved articles, e.g. {{examples}}.",
  confirmed: "\"{{name}}\": the house spelling of {{arabic}} is \"{{house}}\".",
} as const;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The particle key and name word of a spelling ("Abdel Fattah" → abd + Fattah, "al-Sisi" → Sisi). */
function spellingParts(spelling: string): { particle: string | undefined; nameWord: string } {
  const unit = nameUnits(spelling)[0];
  if (unit === undefined) return { particle: undefined, nameWord: spelling };
  let particle: string | undefined;
  for (const word of spelling.slice(unit.start, unit.nameStart).split(/[\s\u00a0\-‐‑]+/u)) {
    const key = word === "" ? undefined : latinParticleKey(word);
    if (key !== undefined) particle = key;
  }
  return { particle, nameWord: spelling.slice(unit.nameStart, unit.nameEnd) };
}

/** Keys the glossary decides: its entries' sources, and each name word of its person entries (Naim of "Bassem Naim"). */
function glossaryKeys(context: QaContext): Set<string> {
  const keys = new Set<string>();
  for (const entry of context.glossary) {
    const key = normalizeNameKey(entry.source);
    if (key === "") continue;
    keys.add(key);
    if (entry.type !== "person") continue;
    const words = key.split(" ");
    for (let k = 0; k < words.length; k++) {
      keys.add(words[k]!);
      if (k + 1 < words.length) keys.add(`${words[k]} ${words[k + 1]}`);
    }
  }
  return keys;
}

/** Register names of the article's target language with a house spelling and no glossary entry, by key. */
function authorities(context: QaContext): Map<string, Authority> {
  const out = new Map<string, Authority>();
  const fromGlossary = glossaryKeys(context);
  const language = primaryLanguage(context.targetLang);
  for (const record of context.names ?? []) {
    if (primaryLanguage(record.targetLang) !== language || fromGlossary.has(record.key) || out.has(record.key)) continue;
    const house = houseSpelling(record);
    if (house === undefined) continue;
    const used = record.spellings.find((s) => s.spelling === house.spelling && s.distinct !== true);
    const { particle, nameWord } = spellingParts(house.spelling);
    const hasArticle = nameUnits(house.spelling)[0]?.hasArticle ?? false;
    out.set(record.key, {
      record,
      house: house.spelling,
      confirmed: house.confirmed || record.source === "glossary",
      particle,
      nameWord,
      hasArticle,
      distinct: new Set(record.spellings.filter((s) => s.distinct === true).map((s) => lowerFirst(s.spelling))),
      count: used?.count ?? 0,
      examples: (used?.examples ?? []).slice(0, 3).map((e) => e.title).join("; "),
    });
  }
  return out;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Whether a lower-case word occurs, as a whole word, in a row's translation paragraphs (a search, no word list). */
function lowercaseIn(units: ReadonlyMap<number, unknown>, target: readonly string[]): { has(word: string): boolean } {
  return {
    has(word: string): boolean {
      for (const paragraph of units.keys()) {
        const text = target[paragraph] ?? "";
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          if ((at === 0 || !LETTER.test(text[at - 1]!)) && (at + word.length === text.length || !LETTER.test(text[at + word.length]!))) return true;
        }
      }
      return false;
    },
  };
}

/**
 * A name spelled otherwise than the newsroom's house spelling in the name register (learned from approved articles
 * or chosen by an editor): the translation's name is paired with the Arabic name of its aligned source, and the
 * register entry of that Arabic name decides.
 */
export const nameAuthorityCheck: QaCheck = {
  id: "name-authority",
  scope: "row",
  name: "House spelling of names",
  description:
    "A name spelled otherwise than the house spelling of the name register (al-/el-, Abdel Rahman/Abdelrahman, Djamel/Jamel, Saeed/Said…), decided by the Arabic name of the aligned source; spellings an editor marked as a different person are never reported, names with a glossary entry are left to the glossary check.",
  category: "terminology",
  subcategory: "inconsistent",
  defaultSeverity: "minor",
  languages: { source: ["ar"] },
  run(context: QaContext): Finding[] {
    if (context.names === undefined || context.names.length === 0 || writesArabicScript(context.targetLang)) return [];
    const register = authorities(context);
    if (register.size === 0) return [];
    const findings: Finding[] = [];
    // A clitic form of a source word (لنعيم) is the register name (نعيم) when the register has that name.
    const knownKeys = new Set<string>();
    for (const key of register.keys()) for (const word of key.split(" ")) knownKeys.add(nameWordKeys(word)[0]!);
    const onlyKeys = new Set(register.keys());
    const tooLong = (group: { target: readonly number[] }): void => {
      const paragraph = group.target[0]!;
      findings.push(tooLongToCheck(nameAuthorityCheck, "target", paragraph, context.target[paragraph] ?? ""));
    };
    for (const { names, sourceCounts, units } of pairNames(context, { knownKeys, onlyKeys, maxComparisons: GROUP_COMPARISONS, onTooLong: tooLong })) {
      const perKey = new Map<string, PairedName[]>();
      const lowercase = lowercaseIn(units, context.target);
      for (const name of names) {
        if (!register.has(name.key)) continue;
        // A sentence-opening word that is also a lower-case word of the row is that word.
        if (name.unit.sentenceInitial && name.unit.surface === name.nameWord) {
          if (isCommonWord(name, context.target, lowercase, units)) continue;
        }
        const list = perKey.get(name.key);
        if (list === undefined) perKey.set(name.key, [name]);
        else list.push(name);
      }
      // More mentions than the source writes the name, one of them in the house spelling ("Houthi leader … al-Houthi"
      // for one الحوثي): the others are other words (a movement, a nisba) that the source does not support.
      for (const [key, list] of perKey) {
        const authority = register.get(key)!;
        if (list.length > (sourceCounts.get(key) ?? 0) && list.some((name) => isHouseSpelling(name, authority))) continue;
        for (const name of list) {
          const finding = compare(context, name, authority);
          if (finding !== null) findings.push(finding);
        }
      }
    }
    return findings;
  },
};

/** The name is written in the house spelling (a capital that opens a sentence aside). */
function isHouseSpelling(name: PairedName, authority: Authority): boolean {
  const surface = name.unit.surface;
  return surface === authority.house || (name.unit.sentenceInitial && lowerFirst(surface) === lowerFirst(authority.house));
}

/** The finding for a name written otherwise than its house spelling, or null. */
function compare(context: QaContext, name: PairedName, authority: Authority): Finding | null {
  const surface = name.unit.surface;
  if (isHouseSpelling(name, authority)) return null;
  if (authority.distinct.has(lowerFirst(surface))) return null;
  // With or without the article is house style only for the name standing alone, which the register's spelling is:
  // a full name may add it ("Abdel Fattah al-Burhan", then "Burhan").
  if (name.unit.inFullName && name.unit.hasArticle !== authority.hasArticle && name.particle === undefined && authority.particle === undefined && lowerFirst(name.nameWord) === lowerFirst(authority.nameWord)) return null;
  // Only another writing of the same letters or a spelling a letter or two apart is a variant; anything else is
  // another rendering the register cannot judge (a nickname, a translated title).
  if (!sameNameWritings({ surface, nameWord: name.nameWord, particle: name.particle }, { surface: authority.house, nameWord: authority.nameWord, particle: authority.particle })) return null;
  const suggestion = name.unit.sentenceInitial ? upperFirst(authority.house) : authority.house;
  const params: Record<string, string | number> = {
    name: surface,
    house: authority.house,
    count: authority.count,
    examples: authority.examples,
    arabic: authority.record.arabic,
  };
  const code: keyof typeof MESSAGES = authority.confirmed ? "confirmed" : "learned";
  return makeFinding(nameAuthorityCheck, {
    side: "target",
    paragraph: name.paragraph,
    start: name.unit.start,
    end: name.unit.end,
    paragraphText: context.target[name.paragraph] ?? "",
    code,
    severity: authority.confirmed ? "major" : "minor",
    message: interpolate(MESSAGES[code], params),
    suggestion,
    params,
  });
}
