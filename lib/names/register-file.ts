/**
 * The name register file (`tadqiq check --names register.json`, `tadqiq names export|import`):
 * { "format": "tadqiq-names", "version": 1, "names": NameRecord[] }, validated with zod. Keys are recomputed from
 * `arabic` on reading (a file written by an older normalization still files each name where this one looks for it).
 */
import { z } from "zod";
import { interpolate } from "../formats/errors";
import { normalizeNameKey } from "./key";
import type { NameRecord } from "./types";

export const NAME_REGISTER_FORMAT = "tadqiq-names";
export const NAME_REGISTER_VERSION = 1;
/** Largest register file read, in bytes (about 100,000 names with their examples). */
export const NAME_REGISTER_MAX_BYTES = 20 * 1024 * 1024;
/** At most this many spellings per name and examples per spelling. */
export const MAX_SPELLINGS = 1000;
export const MAX_EXAMPLES = 3;

/** English message templates per error code; worded for users in locales/<lng>/import.json under errors.names. */
export const NAME_REGISTER_MESSAGES = {
  "names.too-large": "{{fileName}} is {{sizeMb}} MB; a name register file may be at most {{limitMb}} MB.",
  "names.invalid-utf8": "{{fileName}} is not UTF-8 text. Save it as UTF-8 and try again.",
  "names.not-json": "{{fileName}} is not JSON: {{detail}}",
  "names.wrong-format": "{{fileName}} is not a tadqiq name register (its \"format\" is {{format}}; expected \"tadqiq-names\").",
  "names.unsupported-version": "{{fileName}}: name register version {{version}} is not supported (version 1 is).",
  "names.invalid-entry": "{{fileName}}: name {{index}} is invalid at \"{{field}}\": {{detail}}",
  "names.duplicate-entry": "{{fileName}}: name {{index}} ({{arabic}}, {{targetLang}}) repeats name {{first}}.",
} as const;

export type NameRegisterErrorCode = keyof typeof NAME_REGISTER_MESSAGES;

/** A register file that cannot be read: a stable code, i18next params (`import:errors.<code>`) and an English message. */
export class NameRegisterError extends Error {
  readonly code: NameRegisterErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: NameRegisterErrorCode, params: Record<string, string | number>) {
    super(interpolate(NAME_REGISTER_MESSAGES[code], params));
    this.name = "NameRegisterError";
    this.code = code;
    this.params = params;
  }
}

const ZLanguage = z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/u, "expected a language code such as en or fr");
const ZText = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);

const ZNameEvidence = z.object({ articleId: ZText(200), title: z.string().max(1000) }).strict();

const ZNameSpelling = z
  .object({
    spelling: ZText(200),
    count: z.number().int().min(0),
    examples: z.array(ZNameEvidence).max(MAX_EXAMPLES).default([]),
    distinct: z.boolean().optional(),
  })
  .strict();

const ZNameRecordEntry = z
  .object({
    key: z.string().optional(),
    arabic: ZText(300).refine((arabic) => normalizeNameKey(arabic) !== "", "has no Arabic letters"),
    targetLang: ZLanguage,
    kind: z.enum(["person", "place", "organization"]).optional(),
    house: ZText(200).optional(),
    source: z.enum(["register", "glossary"]).default("register"),
    spellings: z.array(ZNameSpelling).max(MAX_SPELLINGS),
  })
  .strict();

/** The file as written: format, version and the names. */
export const ZNameRegisterFile = z.object({
  format: z.literal(NAME_REGISTER_FORMAT),
  version: z.literal(NAME_REGISTER_VERSION),
  names: z.array(z.unknown()),
});

export type TNameRegisterFile = { format: typeof NAME_REGISTER_FORMAT; version: typeof NAME_REGISTER_VERSION; names: NameRecord[] };

// Rounded up to a tenth, so a file just over the limit does not read as "20 MB; at most 20 MB".
const megabytes = (bytes: number): number => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;

function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Throws names.too-large for a file of more than NAME_REGISTER_MAX_BYTES (call it with the size before reading). */
export function assertNameRegisterSize(bytes: number, fileName = "names.json"): void {
  if (bytes > NAME_REGISTER_MAX_BYTES) {
    throw new NameRegisterError("names.too-large", { fileName, sizeMb: megabytes(bytes), limitMb: megabytes(NAME_REGISTER_MAX_BYTES) });
  }
}

/**
 * Reads and validates a register file (bytes or text, a BOM is ignored). Throws NameRegisterError: too large, not
 * UTF-8, not JSON, another format or version, a bad name (its number from 1, the field and why), or a name given
 * twice for one target language.
 */
export function readNameRegister(input: string | Uint8Array, fileName = "names.json"): NameRecord[] {
  assertNameRegisterSize(typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength, fileName);
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new NameRegisterError("names.invalid-utf8", { fileName });
    }
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NameRegisterError("names.not-json", { fileName, detail: (error as Error).message });
  }
  const head = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (head.format !== NAME_REGISTER_FORMAT) throw new NameRegisterError("names.wrong-format", { fileName, format: describeValue(head.format) });
  if (head.version !== NAME_REGISTER_VERSION) throw new NameRegisterError("names.unsupported-version", { fileName, version: describeValue(head.version) });
  const file = ZNameRegisterFile.safeParse(data);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    throw new NameRegisterError("names.invalid-entry", { fileName, index: 0, field: issue.path.join(".") || "names", detail: issue.message });
  }
  const records: NameRecord[] = [];
  const firstOf = new Map<string, number>();
  file.data.names.forEach((entry, position) => {
    const index = position + 1;
    const parsed = ZNameRecordEntry.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new NameRegisterError("names.invalid-entry", { fileName, index, field: issue.path.join(".") || "(name)", detail: issue.message });
    }
    const { key: _givenKey, ...value } = parsed.data;
    const key = normalizeNameKey(value.arabic);
    const identity = `${key}|${value.targetLang.toLowerCase()}`;
    const first = firstOf.get(identity);
    if (first !== undefined) throw new NameRegisterError("names.duplicate-entry", { fileName, index, arabic: value.arabic, targetLang: value.targetLang, first });
    firstOf.set(identity, index);
    const record: NameRecord = { key, arabic: value.arabic, targetLang: value.targetLang, source: value.source, spellings: [] };
    if (value.kind !== undefined) record.kind = value.kind;
    if (value.house !== undefined) record.house = value.house;
    record.spellings = value.spellings.map((spelling) => {
      const out: NameRecord["spellings"][number] = { spelling: spelling.spelling, count: spelling.count, examples: spelling.examples };
      if (spelling.distinct !== undefined) out.distinct = spelling.distinct;
      return out;
    });
    records.push(record);
  });
  return records;
}

/** What a register file leaves out to stay small: the evidence (examples) and the keys (recomputed on reading). */
export interface WriteNameRegisterOptions {
  examples?: boolean;
  keys?: boolean;
}

/**
 * The register as a file: one name per line inside the "names" array, fields in a fixed order. With examples, a name
 * takes about 400 bytes (a 20 MB file holds about 50,000 names); without examples and keys about 150 bytes.
 */
export function writeNameRegister(records: readonly NameRecord[], options: WriteNameRegisterOptions = {}): string {
  const withExamples = options.examples ?? true;
  const withKeys = options.keys ?? true;
  const lines = records.map((record) => {
    const entry: Record<string, unknown> = withKeys ? { key: record.key } : {};
    entry.arabic = record.arabic;
    entry.targetLang = record.targetLang;
    if (record.kind !== undefined) entry.kind = record.kind;
    if (record.house !== undefined) entry.house = record.house;
    entry.source = record.source;
    entry.spellings = record.spellings.map((spelling) => {
      const out: Record<string, unknown> = { spelling: spelling.spelling, count: spelling.count };
      if (withExamples) out.examples = spelling.examples.slice(0, MAX_EXAMPLES);
      if (spelling.distinct !== undefined) out.distinct = spelling.distinct;
      return out;
    });
    return JSON.stringify(entry);
  });
  return `{"format":"${NAME_REGISTER_FORMAT}","version":${NAME_REGISTER_VERSION},"names":[${lines.length > 0 ? `\n${lines.join(",\n")}\n` : ""}]}\n`;
}
