/** A paragraph pair row of an article as the exporters see it. */
export interface ExportRow {
  source: string[];
  /** Corrected target paragraphs. */
  target: string[];
  /** Imported (original) target paragraphs, same length as target. */
  originalTarget: string[];
  reviewed: boolean;
  /** Optional stable ids (e.g. XLIFF unit ids), one per row. */
  id?: string;
  notes?: string[];
  /**
   * Translation paragraphs of this row left out of the corrected article (web-page chrome, a repeated headline).
   * Never part of `target`: text exports and TMX leave them out, XLIFF notes that the unit had one, the JSON keeps
   * them here, and .docx with tracked changes shows them as deleted paragraphs.
   */
  excluded?: ExcludedParagraph[];
}

/** A translation paragraph excluded from the corrected article, kept for the record. */
export interface ExcludedParagraph {
  /** Its current text. */
  text: string;
  /** Its imported text. */
  originalText: string;
  /** Where it stood among the row's translation paragraphs: how many `target` paragraphs came before it. */
  at: number;
}

/** The article as exporters consume it (built by the data layer or the CLI). */
export interface ExportArticle {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  rows: ExportRow[];
  /** Optional review data, carried by the JSON export and the review report. */
  findings?: ExportFinding[];
  issues?: ExportIssue[];
  revisions?: ExportRevision[];
  score?: ExportScore;
}

/** Export formats understood by exportArticle. */
export const EXPORT_FORMATS = ["txt", "md", "html", "docx", "xliff", "xliff12", "tmx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A reviewer-logged issue (MQM typology), as exported in reports and JSON. */
export interface ExportIssue {
  id?: string;
  /** 0-based row index in ExportArticle.rows, when the issue belongs to a row. */
  row?: number;
  side?: "source" | "target";
  /** 0-based paragraph index on that side. */
  paragraph?: number;
  category: string;
  subcategory?: string;
  severity: string;
  /** The text the issue is about (a span of the paragraph). */
  text?: string;
  comment?: string;
  status?: string;
  author?: string;
  /** ISO 8601 timestamp. */
  createdAt?: string;
}

/** An automatic QA finding as exported (a subset of lib/qa Finding plus a dismissed flag). */
export interface ExportFinding {
  check: string;
  category: string;
  subcategory?: string;
  severity: string;
  side: "source" | "target";
  paragraph: number;
  start?: number;
  end?: number;
  text?: string;
  suggestion?: string;
  message: string;
  dismissed?: boolean;
}

/** One correction of a target paragraph (corrections log). */
export interface ExportRevision {
  /** 0-based target paragraph index. */
  paragraph: number;
  before: string;
  after: string;
  author?: string;
  /** ISO 8601 timestamp. */
  createdAt?: string;
  reason?: string;
}

/** MQM-style quality score of the article. */
export interface ExportScore {
  /** 0..100, higher is better. */
  value: number;
  /** Pass threshold on the same scale. */
  threshold?: number;
  passed: boolean;
  penaltyPoints?: number;
  wordCount?: number;
}
