import { readFileSync } from "node:fs";
import { nameConsistencyCheck } from "../../lib/qa/checks/name-consistency";
import type { Finding, QaContext } from "../../lib/qa/types";

/** One planted variant: the first `from` of target paragraph `paragraph` becomes `to`; expected finding text/suggestion. */
export interface PlantedVariant {
  class: string;
  paragraph: number;
  from: string;
  to: string;
  text: string;
  suggestion: string;
}

export interface NamesArticle {
  id: string;
  lang: string;
  topic: string;
  traps: string[];
  source: string[];
  target: string[];
  variants: PlantedVariant[];
}

function loadArticles(file: string): NamesArticle[] {
  return (JSON.parse(readFileSync(new URL(`../fixtures/qa-names/${file}`, import.meta.url), "utf8")) as { articles: NamesArticle[] }).articles;
}

/** The articles the check was developed against. */
export const variantArticles = loadArticles("variant-classes.json");
/** Articles written after the change, kept apart to report figures on material the check was not tuned on. */
export const holdoutArticles = loadArticles("variant-classes-holdout.json");

/** Paragraphs aligned one to one, no glossary. */
export function runNames(source: string[], target: string[], targetLang: string): Finding[] {
  const context: QaContext = {
    sourceLang: "ar",
    targetLang,
    source,
    target,
    alignment: source.map((_, k) => ({ source: [k], target: [k] })),
    glossary: [],
  };
  return nameConsistencyCheck.run(context);
}

/** The target with one variant planted (throws when `from` is missing: a broken fixture must fail loudly). */
export function plant(article: NamesArticle, variant: PlantedVariant): { target: string[]; at: number } {
  const target = [...article.target];
  const text = target[variant.paragraph]!;
  const at = text.indexOf(variant.from);
  if (at < 0) throw new Error(`${article.id}: "${variant.from}" not in paragraph ${variant.paragraph}`);
  target[variant.paragraph] = text.slice(0, at) + variant.to + text.slice(at + variant.from.length);
  return { target, at };
}

/** Whether `findings` hold the expected one: same paragraph, text and suggestion, span inside the planted text. */
export function isExpectedFinding(finding: Finding, variant: PlantedVariant, at: number): boolean {
  return (
    finding.paragraph === variant.paragraph &&
    finding.text === variant.text &&
    finding.suggestion === variant.suggestion &&
    finding.start >= at &&
    finding.end <= at + variant.to.length + 8
  );
}

/** Per class: planted, found, findings that are not the planted one (false positives), plus the clean articles' major findings. */
export function evaluate(articles: readonly NamesArticle[]): {
  byClass: Record<string, { planted: number; found: number; falsePositives: number }>;
  cleanMajor: Array<{ id: string; text: string; suggestion: string | undefined }>;
} {
  const byClass: Record<string, { planted: number; found: number; falsePositives: number }> = {};
  const cleanMajor: Array<{ id: string; text: string; suggestion: string | undefined }> = [];
  for (const article of articles) {
    for (const finding of runNames(article.source, article.target, article.lang)) {
      if (finding.severity === "major") cleanMajor.push({ id: article.id, text: finding.text, suggestion: finding.suggestion });
    }
    for (const variant of article.variants) {
      const row = (byClass[variant.class] ??= { planted: 0, found: 0, falsePositives: 0 });
      const { target, at } = plant(article, variant);
      const findings = runNames(article.source, target, article.lang);
      row.planted++;
      const hit = findings.some((f) => isExpectedFinding(f, variant, at));
      if (hit) row.found++;
      row.falsePositives += findings.filter((f) => !isExpectedFinding(f, variant, at)).length;
    }
  }
  return { byClass, cleanMajor };
}
