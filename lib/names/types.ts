/**
 * The name register: how the newsroom spells each Arabic name in each target language, learned from approved
 * articles and confirmed by editors (shared by the QA check, the server and the register file).
 */

/** An approved article that used a spelling. */
export interface NameEvidence {
  articleId: string;
  title: string;
}

/** One Latin spelling of a register name and the approved articles that used it. */
export interface NameSpellingRecord {
  spelling: string;
  /** Approved articles using it. */
  count: number;
  /** Up to 3 of them. */
  examples: NameEvidence[];
  /** An editor said: a different person or place with the same Arabic name — never reported, never suggested. */
  distinct?: boolean;
}

/** One Arabic name of the register for one target language. */
export interface NameRecord {
  /** normalizeNameKey(arabic). */
  key: string;
  arabic: string;
  targetLang: string;
  kind?: "person" | "place" | "organization";
  /** Chosen or confirmed by an editor. */
  house?: string;
  source: "register" | "glossary";
  spellings: NameSpellingRecord[];
}

/** A learned house spelling needs this many approved articles… */
export const HOUSE_MIN_ARTICLES = 2;
/** …and this share of the (non-distinct) uses. */
export const HOUSE_MIN_SHARE = 0.75;

/**
 * The house spelling of a name: the one an editor chose (confirmed); else the learned majority when it was used in
 * at least 2 approved articles and by at least 75% of the uses (spellings marked distinct not counted); else
 * undefined — no finding without an authority.
 */
export function houseSpelling(record: NameRecord): { spelling: string; confirmed: boolean } | undefined {
  if (record.house !== undefined && record.house.trim() !== "") return { spelling: record.house, confirmed: true };
  let total = 0;
  let best: NameSpellingRecord | undefined;
  for (const spelling of record.spellings) {
    if (spelling.distinct === true) continue;
    total += spelling.count;
    if (best === undefined || spelling.count > best.count) best = spelling;
  }
  if (best === undefined || best.count < HOUSE_MIN_ARTICLES || best.count < HOUSE_MIN_SHARE * total) return undefined;
  return { spelling: best.spelling, confirmed: false };
}
