import type { AlignmentGroup } from "../align/types";
import type { NameRecord } from "../names/types";
import type { MqmCategory, MqmSubcategory, Severity } from "./mqm";

export type Side = "source" | "target";

/** A termbase entry: approved target for a source term, and variants that must not be used. */
export interface GlossaryEntry {
  source: string;
  target: string;
  forbidden: string[];
  type: "person" | "organization" | "place" | "term";
  note?: string;
}

/** Everything a check may look at. Paragraph arrays are the article's paragraphs in order. */
export interface QaContext {
  sourceLang: string;
  targetLang: string;
  source: readonly string[];
  target: readonly string[];
  alignment: readonly AlignmentGroup[];
  glossary: readonly GlossaryEntry[];
  /** Name register records relevant to this article (NameIndex.relevantTo its source); read by name-authority. */
  names?: readonly NameRecord[];
}

/**
 * One finding. `start`/`end` are JavaScript string offsets (UTF-16) into
 * `paragraph` of `side`; `text` equals that substring.
 */
export interface Finding {
  check: string;
  category: MqmCategory;
  subcategory?: MqmSubcategory;
  severity: Severity;
  side: Side;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  suggestion?: string;
  /** English message, for the CLI and logs. */
  message: string;
  /** i18next key (namespace "qa") and params, so the UI can show the message in its own language. */
  messageKey: string;
  params?: Record<string, string | number>;
}

/** A QA check: one per file in lib/qa/checks, registered in lib/qa/registry.ts. */
export interface QaCheck {
  id: string;
  name: string;
  description: string;
  category: MqmCategory;
  subcategory?: MqmSubcategory;
  defaultSeverity: Severity;
  /** Language codes the check applies to; undefined means every language. */
  languages?: { source?: readonly string[]; target?: readonly string[] };
  /**
   * What the findings depend on, so a save re-checks only what it can affect (see lib/qa/scope.ts):
   * "row" — the findings on an alignment row's paragraphs depend only on that row's texts (and on the first
   * translation paragraph after it, which the quotes check reads); "article" — on the whole article (other rows,
   * document-wide ratios, first occurrences). Undeclared means "article", the safe choice.
   */
  scope?: "row" | "article";
  run(context: QaContext): Finding[];
}
