import { distance } from "fastest-levenshtein";
import { stripInvisible } from "../../text/invisible";
import type { Finding, GlossaryEntry, QaCheck, QaContext } from "../types";
import { compileTerm, findTerm, joinGroup, locateInGroup, makeFinding, termKeyText, termMayOccur, termTokens, type CompiledTerm, type TermToken } from "../util";

interface CompiledEntry {
  entry: GlossaryEntry;
  source: CompiledTerm | null;
  target: CompiledTerm | null;
  /** For people: the surname alone also counts as the approved rendering ("Naim" for "Bassem Naim"). */
  surname: CompiledTerm | null;
  /** For names of three capitalized words or more: the acronym also counts ("WHO", "IMF"). */
  acronym: CompiledTerm | null;
  forbidden: Array<{ text: string; term: CompiledTerm }>;
}

function compileEntry(entry: GlossaryEntry): CompiledEntry {
  const targetWords = entry.target.trim().split(/\s+/u);
  const surname = entry.type === "person" && targetWords.length > 1 ? compileTerm(targetWords[targetWords.length - 1]!) : null;
  const significant = targetWords
    .filter((word) => !/^(of|for|the|and|on|de|du|des|la|le|les|et|à|aux|pour|en|del|für|der)$/iu.test(word))
    .map((word) => word.replace(/^[ldLD]['’]/u, ""))
    .filter((word) => word.length > 0);
  // English capitalizes every word of a name ("World Health Organization" → WHO); French and Spanish only the first
  // ("Organisation mondiale de la santé" → OMS, "Agence internationale de l'énergie atomique" → AIEA).
  const acronym =
    entry.type !== "person" && significant.length >= 3 && /^\p{Lu}/u.test(significant[0]!)
      ? compileTerm(significant.map((word) => word[0]!.normalize("NFD")[0]!.toUpperCase()).join(""))
      : null;
  return {
    entry,
    acronym,
    source: compileTerm(entry.source),
    target: compileTerm(entry.target),
    surname,
    forbidden: entry.forbidden.flatMap((text) => {
      const term = compileTerm(text);
      return term ? [{ text, term }] : [];
    }),
  };
}

/**
 * What to put in place of a forbidden variant: the approved target, or for a shorter variant of a longer
 * approved name the most similar words of it ("Naeem" → "Naim" when "Bassem Naim" is approved).
 */
export function replacementFor(forbidden: string, approved: string): string {
  const forbiddenWords = forbidden.trim().split(/\s+/u);
  const approvedWords = approved.trim().split(/\s+/u);
  if (forbiddenWords.length >= approvedWords.length) return approved;
  let best = approved;
  let bestDistance = Infinity;
  for (let k = 0; k + forbiddenWords.length <= approvedWords.length; k++) {
    const window = approvedWords.slice(k, k + forbiddenWords.length).join(" ");
    const d = distance(window.toLowerCase(), forbidden.trim().toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = window;
    }
  }
  // Only narrow down when the window is recognisably the same word; otherwise offer the full approved term.
  return bestDistance <= Math.max(2, Math.floor(forbidden.length / 2)) ? best : approved;
}

/**
 * Characters of a paragraph covered by spans, so that "does this span overlap any of them?" costs the length of
 * the span, not the number of spans (a paragraph may hold a forbidden variant 100,000 times).
 */
class Coverage {
  private readonly marks: Uint8Array;

  constructor(length: number) {
    this.marks = new Uint8Array(length);
  }

  add(span: { start: number; end: number }): void {
    this.marks.fill(1, span.start, span.end);
  }

  overlaps(span: { start: number; end: number }): boolean {
    for (let k = span.start; k < span.end; k++) if (this.marks[k] === 1) return true;
    return false;
  }
}

/** Termbase checks: approved target missing where the source term occurs, and forbidden variants anywhere. */
export const glossaryCheck: QaCheck = {
  id: "glossary",
  scope: "row",
  name: "Glossary",
  description: "For each glossary entry whose source term occurs in the source, the approved translation must occur in the translation; forbidden variants are flagged wherever they occur.",
  category: "terminology",
  subcategory: "wrong-term",
  defaultSeverity: "major",
  run(context: QaContext): Finding[] {
    if (context.glossary.length === 0) return [];
    const entries = context.glossary.map(compileEntry);
    const findings: Finding[] = [];
    const targetTokens = new Map<number, TermToken[]>();
    const targetKeys = new Map<number, string | null>();
    // Most terms occur in few paragraphs: a substring test on the paragraph's keys rules the others out before
    // the paragraph is tokenized at all.
    const findInTarget = (paragraph: number, term: CompiledTerm): Array<{ start: number; end: number }> => {
      const text = context.target[paragraph] ?? "";
      let keys = targetKeys.get(paragraph);
      if (keys === undefined) {
        keys = termKeyText(text);
        targetKeys.set(paragraph, keys);
      }
      if (!termMayOccur(keys, term)) return [];
      let tokens = targetTokens.get(paragraph);
      if (!tokens) {
        tokens = termTokens(text);
        targetTokens.set(paragraph, tokens);
      }
      return findTerm(text, term, tokens);
    };

    // Forbidden variants, in every target paragraph (also those with no source).
    const forbiddenIn = new Set<string>(); // "paragraph:entry"
    context.target.forEach((text, paragraph) => {
      for (const [index, compiled] of entries.entries()) {
        if (compiled.forbidden.length === 0) continue;
        const candidates = compiled.forbidden.flatMap((variant) => findInTarget(paragraph, variant.term));
        if (candidates.length === 0) continue;
        const approved = new Coverage(text.length);
        for (const span of compiled.target ? findInTarget(paragraph, compiled.target) : []) approved.add(span);
        // The longest variant wins where variants overlap ("Bassem Naeem" rather than also "Naeem").
        const matches = candidates.filter((span) => !approved.overlaps(span)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
        const taken = new Coverage(text.length);
        const kept: Array<{ start: number; end: number }> = [];
        for (const span of matches) {
          if (taken.overlaps(span)) continue;
          taken.add(span);
          kept.push(span);
        }
        kept.sort((a, b) => a.start - b.start);
        for (const span of kept) {
          forbiddenIn.add(`${paragraph}:${index}`);
          // The span covers any invisible characters inside the variant; the message and suggestion show it without them.
          const found = stripInvisible(text.slice(span.start, span.end));
          findings.push(
            makeFinding(glossaryCheck, {
              side: "target",
              paragraph,
              start: span.start,
              end: span.end,
              paragraphText: text,
              code: "forbidden",
              message: `"${found}" is a forbidden variant; the glossary says "${compiled.entry.target}".`,
              suggestion: replacementFor(found, compiled.entry.target),
              params: { term: compiled.entry.source, approved: compiled.entry.target },
            }),
          );
        }
      }
    });

    // Approved translation missing in a group whose source contains the term.
    for (const group of context.alignment) {
      if (group.source.length === 0 || group.target.length === 0) continue;
      const sourceGroup = joinGroup(group.source, context.source);
      const sourceKeys = termKeyText(sourceGroup.text);
      let sourceTokens: TermToken[] | null = null;
      for (const [index, compiled] of entries.entries()) {
        if (!compiled.source || !compiled.target) continue;
        if (!termMayOccur(sourceKeys, compiled.source)) continue;
        sourceTokens ??= termTokens(sourceGroup.text);
        const occurrences = findTerm(sourceGroup.text, compiled.source, sourceTokens);
        if (occurrences.length === 0) continue;
        const present = group.target.some(
          (t) =>
            findInTarget(t, compiled.target!).length > 0 ||
            (compiled.surname !== null && findInTarget(t, compiled.surname).length > 0) ||
            (compiled.acronym !== null && findInTarget(t, compiled.acronym).length > 0),
        );
        if (present) continue;
        // A forbidden variant in this group is already reported (with a suggestion) on the target side.
        if (group.target.some((t) => forbiddenIn.has(`${t}:${index}`))) continue;
        const where = locateInGroup(sourceGroup, occurrences[0]!.start, occurrences[0]!.end);
        if (!where) continue;
        findings.push(
          makeFinding(glossaryCheck, {
            side: "source",
            paragraph: where.paragraph,
            start: where.start,
            end: where.end,
            paragraphText: context.source[where.paragraph] ?? "",
            code: "missing-approved",
            message: `The glossary translation "${compiled.entry.target}" of this term is missing from the translation.`,
            params: { term: compiled.entry.source, approved: compiled.entry.target },
          }),
        );
      }
    }
    return findings;
  },
};
