/** One aligned group: source and target paragraph indices (0-based, ascending). Either side may be empty. */
export interface AlignmentGroup {
  source: number[];
  target: number[];
}

export interface AlignOptions {
  sourceLang: string;
  targetLang: string;
}
