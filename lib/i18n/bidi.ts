/**
 * Bidirectional isolation for text that cannot hold a <bdi> element (attributes, <option>, titles): Unicode
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text equivalent of <bdi>. A Latin name inside an Arabic
 * sentence (or an Arabic title inside an English one) then keeps its own direction and never drags the
 * punctuation or the words around it to the wrong side.
 */
export const FIRST_STRONG_ISOLATE = "\u2068";
export const POP_DIRECTIONAL_ISOLATE = "\u2069";

/** The text wrapped in FSI … PDI; a right-to-left override inside it cannot leak out. */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}
