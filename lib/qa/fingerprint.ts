import type { Finding } from "./types";

/** 53-bit string hash (cyrb53): short, stable across runs and platforms, no crypto needed in the browser. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** How many times `needle` occurs in `haystack` before `position` (non-overlapping, left to right). */
function occurrencesBefore(haystack: string, needle: string, position: number): number {
  if (needle === "") return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0 || at >= position) return count;
    count++;
    from = at + needle.length;
  }
}

/**
 * Stable identity of a finding within its paragraph: check, side, message key, the flagged text and which
 * occurrence of that text it is. Offsets and paragraph numbers are deliberately left out, so a dismissed
 * finding is recognised again after edits elsewhere in the article or elsewhere in the same paragraph;
 * store it together with the paragraph (row) it belongs to.
 */
export function findingFingerprint(finding: Finding, paragraphText: string): string {
  const text = finding.text.normalize("NFC");
  const occurrence = occurrencesBefore(paragraphText.normalize("NFC"), text, findingStartNfc(finding, paragraphText));
  return `${finding.check}:${finding.side}:${finding.messageKey}:${hash(text)}:${occurrence}`;
}

/** The finding's start offset in the NFC form of the paragraph (equal to `start` for already-NFC text). */
function findingStartNfc(finding: Finding, paragraphText: string): number {
  return paragraphText.slice(0, finding.start).normalize("NFC").length;
}
