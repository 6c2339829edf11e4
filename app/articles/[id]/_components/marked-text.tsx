"use client";

import { forwardRef, memo, type ReactNode } from "react";

export interface TMark {
  id: string;
  start: number;
  end: number;
  kind: "issue" | "issue-resolved" | "finding" | "selection";
  severity?: string;
  label: string;
}

/**
 * Cuts text at every mark boundary and wraps covered pieces in <mark>, keeping the text content identical.
 * Marks are not focusable (the row is the one tab stop); their text is given to assistive technology by the
 * row's description, and `current` marks the finding the keyboard is on.
 */
export function renderMarkedText(text: string, marks: readonly TMark[], currentId: string | null = null): ReactNode[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  if (valid.length === 0) return [text];
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
    // A one- or two-character mark (a quote, a digit) gets a frame so that it is still visible.
    const narrow = covering.some((m) => m.end - m.start <= 2);
    const current = currentId !== null && covering.some((m) => m.id === currentId);
    out.push(
      <mark
        key={`${from}-${to}`}
        className={`${kinds.map((k) => `mark-${k}`).join(" ")}${severity ? ` severity-${severity}` : ""}${narrow ? " mark-narrow" : ""}${current ? " mark-current" : ""}`}
        title={label}
        data-mark-ids={covering.map((m) => m.id).join(" ")}
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
export const MarkedText = memo(
  forwardRef<HTMLSpanElement, { text: string; marks: readonly TMark[]; currentId?: string | null; lang: string; dir: "rtl" | "ltr"; onSelect?: () => void }>(function MarkedText(
    { text, marks, currentId = null, lang, dir, onSelect },
    ref,
  ) {
    return (
      <span ref={ref} className="paragraph-text" lang={lang} dir={dir} onMouseUp={onSelect} onKeyUp={onSelect} data-testid="paragraph-text">
        {renderMarkedText(text, marks, currentId)}
      </span>
    );
  }),
);
