import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import type { TFunction } from "i18next";

/** A parameter of a translated sentence: data text (isolated in <bdi>), a number, or an element used as is. */
export type TSentenceParam = string | number | ReactElement | null | undefined;

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = /\uE000(\d+)\uE001/g;

/**
 * A translated sentence whose text parameters (names, titles, file names, addresses…) are each wrapped in <bdi>,
 * so a Latin name in an Arabic sentence (or the reverse) keeps its direction and the punctuation stays in place.
 * Numbers are passed through (plural forms need them); elements (e.g. <q lang="ar">) are inserted as they are.
 * Works in server and client components: give it the `t` of either.
 */
export function translateIsolated(t: TFunction, key: string, params: Record<string, TSentenceParam> = {}): ReactNode {
  const nodes: ReactNode[] = [];
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "number") {
      values[name] = value;
    } else if (value === null || value === undefined) {
      values[name] = "";
    } else {
      values[name] = `${OPEN}${nodes.length}${CLOSE}`;
      nodes.push(isValidElement(value) ? value : <bdi>{value}</bdi>);
    }
  }
  const text = String(t(key, values));
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(<Fragment key={parts.length}>{nodes[Number(match[1])]}</Fragment>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
