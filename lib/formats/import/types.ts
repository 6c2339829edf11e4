import type { FormatWarning } from "../errors";

/** A monolingual document read from .txt, .md, .html or .docx. */
export interface ImportedDocument {
  paragraphs: string[];
  title?: string;
  lang?: string;
  warnings: FormatWarning[];
}

/** One bilingual unit. Multi-paragraph unit text uses "\n" between paragraphs (see splitUnitParagraphs). */
export interface ImportedUnit {
  id: string;
  source: string;
  target: string;
  notes: string[];
  /** The tool's own state value (XLIFF 1.2 state, XLIFF 2.x segment state, "approved" for approved="yes" without state). */
  state?: string;
  /** True when the file marks the unit as approved/final/reviewed. */
  approved?: boolean;
}

/** A bilingual document read from XLIFF or TMX. */
export interface ImportedBilingual {
  sourceLang?: string;
  targetLang?: string;
  title?: string;
  units: ImportedUnit[];
  warnings: FormatWarning[];
}

/** What importFile returns. */
export type ImportResult = { kind: "monolingual"; doc: ImportedDocument } | { kind: "bilingual"; doc: ImportedBilingual };
