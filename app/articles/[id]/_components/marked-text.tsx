"use client";

import { forwardRef, type ReactNode } from "react";

export interface TMark {
  id: string;
  start: number;
  end: number;
  kind: "issue" | "issue-resolved" | "finding" | "selection";
  severity?: string;
  label: string;
}

/** Cuts text at every mark boundary and wraps covered pieces in <mark>, keeping the text content identical. */
export function renderMarkedText(text: string, marks: TMark[]): ReactNode[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((m) => m.kind))];
    const severity = covering.map((m) => m.severity).find(Boolean);
    const label = covering.map((m) => m.label).join(" · ");
    out.push(
      <mark
        key={`${from}-${to}`}
        className={`${kinds.map((k) => `mark-${k}`).join(" ")}${severity ? ` severity-${severity}` : ""}`}
        title={label}
        aria-label={label}
        data-mark-ids={covering.map((m) => m.id).join(" ")}
        tabIndex={0}
      >
        {piece}
      </mark>,
    );
  }
  return out;
}

/** The character offsets of the current selection inside `element`, or null if it is not inside. */
export function selectionOffsets(element: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** A paragraph's text with its highlights; the element's text content is exactly the paragraph text. */
export const MarkedText = forwardRef<HTMLSpanElement, { text: string; marks: TMark[]; lang: string; dir: "rtl" | "ltr"; onSelect?: () => void }>(
  function MarkedText({ text, marks, lang, dir, onSelect }, ref) {
    return (
      <span ref={ref} className="paragraph-text" lang={lang} dir={dir} onMouseUp={onSelect} onKeyUp={onSelect} data-testid="paragraph-text">
        {renderMarkedText(text, marks)}
      </span>
    );
  },
);
