import { diffWords } from "diff";
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { stripXmlInvalid } from "../escape";
import { isRtlLanguage, safeLangTag } from "../lang";
import { scriptOf, type Script } from "../../text/scripts";
import type { ExportArticle } from "../types";

/** Options for the Word export. */
export interface DocxExportOptions {
  /** Write corrections as tracked insertions/deletions against the imported target text. */
  trackChanges?: boolean;
  /** Author recorded on tracked changes. */
  author?: string;
  /** Date recorded on tracked changes (defaults to now). */
  date?: Date | string;
}

/** A word-level diff of two paragraphs as [kind, text] pieces; Arabic-aware through Intl.Segmenter. */
export function diffParagraphWords(before: string, after: string, lang: string): Array<["same" | "insert" | "delete", string]> {
  const segmenter = new Intl.Segmenter(safeLangTag(lang) === "und" ? undefined : lang, { granularity: "word" });
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => [
    change.added ? "insert" : change.removed ? "delete" : "same",
    change.value,
  ]);
}

/** The script a language is written in, as far as telling a title's language apart goes. */
function scriptOfLanguage(lang: string): Script {
  const primary = lang.toLowerCase().split("-")[0] ?? "";
  if (primary === "he" || primary === "iw" || primary === "yi") return "hebrew";
  if (isRtlLanguage(lang)) return "arabic";
  if (["ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"].includes(primary)) return "cyrillic";
  return "latin";
}

/**
 * The language of the article title: its letters' dominant script tells whether it is the translation's title or
 * still the source's (an Arabic headline over an English article); the target language when it cannot tell.
 */
export function titleLanguage(title: string, sourceLang: string, targetLang: string): string {
  const counts = new Map<Script, number>();
  for (const character of title) {
    const script = scriptOf(character);
    if (script === "arabic" || script === "latin" || script === "hebrew" || script === "cyrillic") counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (dominant === undefined || dominant === scriptOfLanguage(targetLang)) return targetLang;
  return dominant === scriptOfLanguage(sourceLang) ? sourceLang : targetLang;
}

/** Run and paragraph properties for text in `lang`: language tag, and right-to-left run and bidi paragraph when RTL. */
function languageProperties(lang: string) {
  const rtl = isRtlLanguage(lang);
  const language = rtl ? { value: lang, bidirectional: lang } : { value: lang };
  // With w:bidi Word aligns the paragraph to the right by itself; no explicit w:jc keeps old readers happy.
  return { run: { rightToLeft: rtl || undefined, language }, paragraph: rtl ? { bidirectional: true } : {} };
}

/**
 * Styles: the title uses Word's built-in "heading 1" (outline level 0, so Word, LibreOffice and PDF outlines see a
 * heading), and body paragraphs get space after them (docDefaults), which LibreOffice otherwise leaves at zero.
 */
const DOCUMENT_STYLES = {
  default: { document: { paragraph: { spacing: { after: 160, line: 276 } } } },
  paragraphStyles: [
    {
      id: "Heading1",
      name: "heading 1",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { bold: true, size: 32 },
      paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 240, after: 160 } },
    },
  ],
};

/**
 * Builds a .docx of the corrected target: title as heading, one paragraph per target paragraph, RTL-aware. Excluded
 * paragraphs are left out; with tracked changes they appear as deleted paragraphs.
 */
export async function exportDocx(article: ExportArticle, options: DocxExportOptions = {}): Promise<Uint8Array> {
  const lang = safeLangTag(article.targetLang);
  const rtl = isRtlLanguage(lang);
  const language = rtl ? { value: lang, bidirectional: lang } : { value: lang };
  const runStyle = { rightToLeft: rtl || undefined, language };
  // With w:bidi Word aligns the paragraph to the right by itself; no explicit w:jc keeps old readers happy.
  const paragraphStyle = rtl ? { bidirectional: true } : {};
  const author = options.author?.trim() || "tadqiq";
  const date = (options.date === undefined ? new Date() : new Date(options.date)).toISOString().replace(/\.\d{3}Z$/, "Z");
  let revisionId = 0;

  const children: Paragraph[] = [];
  const title = stripXmlInvalid(article.title.replace(/\s+/g, " ").trim());
  if (title !== "") {
    const titleProperties = languageProperties(safeLangTag(titleLanguage(title, article.sourceLang, lang)));
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, ...titleProperties.paragraph, children: [new TextRun({ text: title, ...titleProperties.run })] }),
    );
  }
  /** An excluded paragraph, with tracked changes: its imported text as one deletion, so the reader sees it go. */
  const deletedParagraph = (originalText: string) => {
    const text = stripXmlInvalid(originalText.replace(/\s*[\r\n]+\s*/g, " ").trim());
    if (text === "") return;
    revisionId += 1;
    const textDeletion = { id: revisionId, author, date };
    revisionId += 1;
    // The paragraph mark is deleted too, so accepting all changes leaves no empty paragraph behind.
    const markDeletion = { id: revisionId, author, date };
    children.push(new Paragraph({ ...paragraphStyle, run: { deletion: markDeletion }, children: [new DeletedTextRun({ ...textDeletion, text, ...runStyle })] }));
  };
  for (const row of article.rows) {
    const deletions = options.trackChanges ? (row.excluded ?? []) : [];
    // Deleted paragraphs go where they stood: before the kept paragraph `index`, or after the last one.
    const deletionsBefore = (index: number) => {
      for (const excluded of deletions) if (excluded.at === index || (index === row.target.length && excluded.at > index)) deletedParagraph(excluded.originalText);
    };
    row.target.forEach((rawTarget, index) => {
      deletionsBefore(index);
      const target = stripXmlInvalid(rawTarget.replace(/\s*[\r\n]+\s*/g, " ").trim());
      const original = stripXmlInvalid((row.originalTarget[index] ?? "").replace(/\s*[\r\n]+\s*/g, " ").trim());
      let runs: ParagraphChild[];
      if (options.trackChanges && index < row.originalTarget.length && original !== target) {
        runs = diffParagraphWords(original, target, lang).map(([kind, text]) => {
          if (kind === "same") return new TextRun({ text, ...runStyle });
          revisionId += 1;
          const change = { id: revisionId, author, date, text, ...runStyle };
          return kind === "insert" ? new InsertedTextRun(change) : new DeletedTextRun(change);
        });
      } else {
        if (target === "") return;
        runs = [new TextRun({ text: target, ...runStyle })];
      }
      children.push(new Paragraph({ ...paragraphStyle, children: runs }));
    });
    deletionsBefore(row.target.length);
  }

  const document = new Document({
    creator: "tadqiq",
    title,
    features: options.trackChanges ? { trackRevisions: true } : undefined,
    styles: DOCUMENT_STYLES,
    sections: [{ properties: {}, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
