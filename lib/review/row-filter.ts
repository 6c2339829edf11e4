/** Which rows the review page shows. */
export const ROW_FILTERS = ["all", "unreviewed", "findings", "issues", "edited", "excluded", "drafts"] as const;
export type TRowFilter = (typeof ROW_FILTERS)[number];

/** What a row filter needs to know about one row. */
export interface TRowFacts {
  reviewed: boolean;
  openFindings: number;
  openIssues: number;
  edited: boolean;
  excluded: boolean;
  drafts: number;
}

/** True when a row with these facts is shown under `filter`. */
export function rowMatchesFilter(facts: TRowFacts, filter: TRowFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "unreviewed":
      return !facts.reviewed;
    case "findings":
      return facts.openFindings > 0;
    case "issues":
      return facts.openIssues > 0;
    case "edited":
      return facts.edited;
    case "excluded":
      return facts.excluded;
    case "drafts":
      return facts.drafts > 0;
  }
}
