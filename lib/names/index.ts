import { memoizeString } from "../text/memo";
import { arabicNameWords, nameKeyForms, nameWordKeys } from "./key";
import type { NameRecord } from "./types";

/** The keys one source word is looked up under (nameKeyForms), joined once per distinct word. */
interface LookupForm {
  joined: string;
  first: string;
  /** The last key word of a two-word form (the name of a joined عبدال…), looked up alone too. */
  last: string | undefined;
  words: number;
}

const lookupForms = memoizeString((word: string): LookupForm[] =>
  nameKeyForms(word).map((form) => ({ joined: form.join(" "), first: form[0]!, last: form.length > 1 ? form[form.length - 1] : undefined, words: form.length })),
);

/** Longest register key looked for in running text, in words (longer keys are kept but never found). */
export const MAX_KEY_WORDS = 8;

/**
 * The register in memory, built once: records by key, and for keys of several words the word counts that occur
 * after each first word, so that finding the names of an article costs a few map look-ups per source word
 * (linear in the article, whatever the size of the register).
 */
export class NameIndex {
  private readonly byKey = new Map<string, NameRecord[]>();
  /** First word of a multi-word key → the word counts of the keys that start with it. */
  private readonly lengthsByFirstWord = new Map<string, number[]>();
  readonly size: number;

  constructor(records: Iterable<NameRecord>) {
    let size = 0;
    for (const record of records) {
      size++;
      const list = this.byKey.get(record.key);
      if (list === undefined) this.byKey.set(record.key, [record]);
      else list.push(record);
      const space = record.key.indexOf(" ");
      if (space < 0) continue;
      const words = record.key.split(" ").length;
      if (words > MAX_KEY_WORDS) continue;
      const first = record.key.slice(0, space);
      const lengths = this.lengthsByFirstWord.get(first);
      if (lengths === undefined) this.lengthsByFirstWord.set(first, [words]);
      else if (!lengths.includes(words)) lengths.push(words);
    }
    this.size = size;
  }

  /** Records filed under this key (one per target language, normally). */
  get(key: string): readonly NameRecord[] {
    return this.byKey.get(key) ?? [];
  }

  /**
   * Records whose Arabic name occurs in these source paragraphs, in order of first occurrence: each word is looked
   * up as written and without a leading clitic (لنعيم → نعيم), alone and followed by the next words of its paragraph
   * for the multi-word keys that start with it.
   */
  relevantTo(sourceParagraphs: readonly string[]): NameRecord[] {
    const found: NameRecord[] = [];
    const seen = new Set<string>();
    const take = (key: string): void => {
      if (seen.has(key)) return;
      const records = this.byKey.get(key);
      if (records === undefined) return;
      seen.add(key);
      for (const record of records) found.push(record);
    };
    for (const paragraph of sourceParagraphs) {
      if (typeof paragraph !== "string" || paragraph === "") continue;
      const words = arabicNameWords(paragraph);
      // The key words of the paragraph as written, and where each source word's key words start.
      const flat: string[] = [];
      const startOf: number[] = [];
      for (const word of words) {
        startOf.push(flat.length);
        for (const key of nameWordKeys(word)) flat.push(key);
      }
      for (let w = 0; w < words.length; w++) {
        const after = startOf[w]! + nameWordKeys(words[w]!).length;
        for (const form of lookupForms(words[w]!)) {
          take(form.joined);
          if (form.last !== undefined) take(form.last);
          const lengths = this.lengthsByFirstWord.get(form.first);
          if (lengths === undefined) continue;
          for (const length of lengths) {
            const more = length - form.words;
            if (more < 0 || after + more > flat.length) continue;
            take(more === 0 ? form.joined : `${form.joined} ${flat.slice(after, after + more).join(" ")}`);
          }
        }
      }
    }
    return found;
  }
}
