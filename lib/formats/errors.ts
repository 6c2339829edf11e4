/** English message templates per error code; `{{param}}` placeholders use i18next syntax so locales can copy them. */
export const FORMAT_ERROR_MESSAGES = {
  "file.too-large": "{{fileName}} is {{sizeMb}} MB; files may be at most {{limitMb}} MB.",
  "file.empty": "{{fileName}} is empty.",
  "file.no-text": "{{fileName}} contains no text paragraphs.",
  "file.unsupported-type": "{{fileName}}: unsupported file type \"{{extension}}\". Use .txt, .md, .html, .docx, .xlf/.xliff or .tmx.",
  "too-many-paragraphs": "{{fileName}} has {{count}} paragraphs; an article may have at most {{limit}}.",
  "encoding.invalid-utf8": "{{fileName}} is not UTF-8 text (invalid byte at offset {{offset}}). Save it as UTF-8 and try again.",
  "docx.corrupt": "{{fileName}} is not a readable Word document: the file is damaged or is not a .docx.",
  "docx.legacy-format": "{{fileName}} is an old .doc file or a password-protected document. Save it as .docx without a password.",
  "docx.missing-document": "{{fileName}} has no word/document.xml, so it is not a Word document.",
  "docx.too-large": "{{fileName}} unpacks to more than {{limitMb}} MB.",
  "docx.entry-too-large": "{{fileName}}: the part {{entry}} unpacks to more than {{limitMb}} MB.",
  "docx.too-many-entries": "{{fileName}} contains {{count}} parts; at most {{limit}} are allowed.",
  "docx.suspicious-compression": "{{fileName}}: the part {{entry}} is compressed {{ratio}} to 1, which looks like a zip bomb.",
  "xml.entities-forbidden": "{{fileName}}: declarations inside a DOCTYPE (ENTITY, ELEMENT, ATTLIST) are not allowed.",
  "xml.malformed": "{{fileName}}: malformed XML at line {{line}}, column {{column}}: {{detail}}",
  "xliff.not-xliff": "{{fileName}} is XML but not XLIFF (root element <{{root}}>).",
  "xliff.unsupported-version": "{{fileName}}: XLIFF version \"{{version}}\" is not supported (1.2, 2.0 and 2.1 are).",
  "xliff.unit-without-source": "XLIFF {{version}}: <{{element}} id=\"{{unitId}}\"> has no <source>",
  "xliff.no-units": "{{fileName}} contains no translation units.",
  "tmx.not-tmx": "{{fileName}} is XML but not TMX (root element <{{root}}>).",
  "tmx.no-units": "{{fileName}} contains no translation units.",
  "tmx.tuv-without-language": "TMX: <tu tuid=\"{{unitId}}\"> has a <tuv> without xml:lang",
  "tmx.no-target-language": "{{fileName}}: cannot tell the target language (source language {{sourceLang}}).",
  "tbx.not-tbx": "{{fileName}} is XML but not TBX (root element <{{root}}>).",
  "tbx.too-many-entries": "{{fileName}} has {{count}} concept entries; a termbase file may have at most {{limit}}.",
  "tbx.no-entries": "{{fileName}} contains no concept entries.",
  "tbx.languages-missing": "{{fileName}}: cannot tell the language pair {{sourceLang}} → {{targetLang}} (languages in the file: {{languages}}).",
} as const;

export type FormatErrorCode = keyof typeof FORMAT_ERROR_MESSAGES;
export type FormatErrorParams = Record<string, string | number>;

/** Fills `{{name}}` placeholders the way i18next does (missing params stay visible). */
export function interpolate(template: string, params: FormatErrorParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The one error type importers throw: a stable code, i18next params and an English message. */
export class FormatError extends Error {
  readonly code: FormatErrorCode;
  readonly params: FormatErrorParams;

  constructor(code: FormatErrorCode, params: FormatErrorParams = {}, options?: { cause?: unknown }) {
    super(interpolate(FORMAT_ERROR_MESSAGES[code], params), options);
    this.name = "FormatError";
    this.code = code;
    this.params = params;
  }
}

/**
 * Codes of importer warnings (the file was read, but something in it was left out or changed). They are worded only
 * in locales/<lng>/import.json under `warnings.<code>`; importers return `{ code, params }`.
 */
export const FORMAT_WARNING_CODES = [
  "inline-tags",
  "teasers-dropped",
  "code-skipped",
  "units-without-source",
  "extra-languages",
  "docx-problems",
  "docx-footnotes",
  "untranslatable-skipped",
  "segments-without-target",
] as const;

export type FormatWarningCode = (typeof FORMAT_WARNING_CODES)[number];

/** An importer warning: a stable code and its i18next params (counts, tag names, unit ids, languages). */
export interface FormatWarning {
  code: FormatWarningCode;
  params: FormatErrorParams;
}

/** Builds a FormatWarning (keeps call sites short and typed). */
export function formatWarning(code: FormatWarningCode, params: FormatErrorParams = {}): FormatWarning {
  return { code, params };
}

/** Type guard for FormatError (also across module copies, by name and code). */
export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError || (error instanceof Error && error.name === "FormatError" && "code" in error);
}
