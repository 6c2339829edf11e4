import "server-only";
import type { Tx } from "../db";
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import { INSERT_CHUNK_ROWS, sqlEnum, sqlJson } from "../raw-sql";
import type { Severity } from "../../qa/mqm";
import type { QaTask, QaTaskResult } from "../../qa/check-task";
import type { AlignmentGroup } from "../../align/types";
import type { GlossaryEntry } from "../../qa/types";
import { loadArticleGlossary } from "../glossary/load-article-glossary";

/** The article's paragraphs in side order and its rows as alignment groups (indices = positions). */
export async function loadArticleTexts(tx: Tx, articleId: string) {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
  const paragraphs = await tx.paragraph.findMany({ where: { articleId }, orderBy: [{ side: "asc" }, { position: "asc" }] });
  const rows = await tx.alignmentRow.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true } });
  const source = paragraphs.filter((p) => p.side === "source");
  const target = paragraphs.filter((p) => p.side === "target");
  const byRow = new Map<string, AlignmentGroup>(rows.map((r) => [r.id, { source: [], target: [] }]));
  for (const p of paragraphs) byRow.get(p.rowId)?.[p.side === "source" ? "source" : "target"].push(p.position);
  const alignment = rows.map((r) => byRow.get(r.id)!);
  for (const group of alignment) {
    group.source.sort((a, b) => a - b);
    group.target.sort((a, b) => a - b);
  }
  return { article, source, target, alignment };
}

/**
 * The texts the QA checks see: translation paragraphs excluded from the corrected article are left out (they
 * are not checked), alignment indices are renumbered to the remaining paragraphs and rows left empty dropped.
 */
export function checkedTexts<P extends { id: string; excluded: boolean }>(texts: { source: P[]; target: P[]; alignment: AlignmentGroup[] }) {
  const target = texts.target.filter((p) => !p.excluded);
  const targetIndex = new Map<number, number>();
  texts.target.forEach((p, position) => {
    if (!p.excluded) targetIndex.set(position, targetIndex.size);
  });
  const alignment = texts.alignment
    .map((group) => ({ source: group.source, target: group.target.flatMap((position) => (targetIndex.has(position) ? [targetIndex.get(position)!] : [])) }))
    .filter((group) => group.source.length + group.target.length > 0);
  return { source: texts.source, target, alignment };
}

interface SnapshotParagraph {
  id: string;
  text: string;
  version: number;
}

/** A paragraph as a QA snapshot keeps it (every paragraph, also excluded ones: the layout is rebuilt from them). */
interface LayoutParagraph extends SnapshotParagraph {
  rowId: string;
  side: string;
  position: number;
  excluded: boolean;
}

/**
 * A cheap stamp of the article's paragraphs: their count and the sum of their versions, and the number of rows.
 * Versions only grow (every save, exclusion or restore adds one), so an unchanged stamp means no paragraph changed.
 */
interface ArticleStamp {
  paragraphs: number;
  versionSum: number;
  rows: number;
}

/** What one QA run checks: the checked texts with their ids and versions, and the stamp they were read at. */
export interface QaSnapshot {
  articleId: string;
  sourceLang: string;
  targetLang: string;
  source: SnapshotParagraph[];
  target: SnapshotParagraph[];
  alignment: AlignmentGroup[];
  glossary: GlossaryEntry[];
  stamp: ArticleStamp;
  /** Every paragraph with its row and position, so a later run can refresh only the paragraphs that changed. */
  layout: Map<string, LayoutParagraph>;
  rows: Array<{ id: string; position: number }>;
}

const LAYOUT_SELECT = { id: true, version: true, rowId: true, side: true, position: true, excluded: true, text: true } as const;

async function readStamp(client: Tx, articleId: string): Promise<ArticleStamp> {
  // One statement instead of an aggregate and a count: this runs twice per QA run.
  const [row] = await client.$queryRaw<Array<{ paragraphs: bigint | number; versionSum: bigint | number | null; rowCount: bigint | number }>>`
    SELECT (SELECT COUNT(*) FROM "Paragraph" WHERE "articleId" = ${articleId}) AS paragraphs,
           (SELECT SUM("version") FROM "Paragraph" WHERE "articleId" = ${articleId}) AS "versionSum",
           (SELECT COUNT(*) FROM "AlignmentRow" WHERE "articleId" = ${articleId}) AS "rowCount"`;
  return { paragraphs: Number(row!.paragraphs), versionSum: Number(row!.versionSum ?? 0), rows: Number(row!.rowCount) };
}

function sameStamp(a: ArticleStamp, b: ArticleStamp): boolean {
  return a.paragraphs === b.paragraphs && a.versionSum === b.versionSum && a.rows === b.rows;
}

function buildSnapshot(
  article: { id: string; sourceLang: string; targetLang: string },
  layout: Map<string, LayoutParagraph>,
  rows: Array<{ id: string; position: number }>,
  glossary: GlossaryEntry[],
): QaSnapshot {
  const paragraphs = [...layout.values()].sort((a, b) => a.position - b.position);
  const source = paragraphs.filter((p) => p.side === "source");
  const target = paragraphs.filter((p) => p.side === "target");
  const byRow = new Map<string, AlignmentGroup>(rows.map((r) => [r.id, { source: [], target: [] }]));
  for (const p of paragraphs) byRow.get(p.rowId)?.[p.side === "source" ? "source" : "target"].push(p.position);
  const alignment = rows.map((r) => byRow.get(r.id)!);
  for (const group of alignment) {
    group.source.sort((a, b) => a - b);
    group.target.sort((a, b) => a - b);
  }
  const checked = checkedTexts({ source, target, alignment });
  const strip = (p: SnapshotParagraph): SnapshotParagraph => ({ id: p.id, text: p.text, version: p.version });
  const versionSum = paragraphs.reduce((sum, p) => sum + p.version, 0);
  return {
    articleId: article.id,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    source: checked.source.map(strip),
    target: checked.target.map(strip),
    alignment: checked.alignment,
    glossary,
    stamp: { paragraphs: paragraphs.length, versionSum, rows: rows.length },
    layout,
    rows,
  };
}

/** Reads what a QA run needs (plain reads, no transaction: the write checks the stamp instead); null when the article is gone. */
export async function loadQaSnapshot(client: Tx, articleId: string): Promise<QaSnapshot | null> {
  const article = await client.article.findUnique({ where: { id: articleId }, select: { id: true, sourceLang: true, targetLang: true } });
  if (!article) return null;
  const [paragraphs, rows, glossary] = await Promise.all([
    client.paragraph.findMany({ where: { articleId }, select: LAYOUT_SELECT }),
    client.alignmentRow.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { id: true, position: true } }),
    loadArticleGlossary(client, article.sourceLang, article.targetLang),
  ]);
  return buildSnapshot(article, new Map(paragraphs.map((p) => [p.id, p])), rows, glossary);
}

/**
 * An earlier snapshot brought up to date by re-reading only the given paragraphs (the ones saved since), or null
 * when one of them moved or is gone (then the caller reads the whole article again). A change it cannot see (made
 * by another process) shows at write time: the stamp differs, the run is redone from a full read.
 */
export async function refreshQaSnapshot(client: Tx, previous: QaSnapshot, changedIds: readonly string[]): Promise<QaSnapshot | null> {
  const changed = await client.paragraph.findMany({ where: { id: { in: [...changedIds] }, articleId: previous.articleId }, select: LAYOUT_SELECT });
  if (changed.length !== changedIds.length) return null;
  const layout = new Map(previous.layout);
  for (const p of changed) {
    const before = layout.get(p.id);
    // A paragraph that moved to another row or position means the pairing changed: read everything.
    if (!before || before.rowId !== p.rowId || before.position !== p.position || before.side !== p.side) return null;
    layout.set(p.id, p);
  }
  return buildSnapshot({ id: previous.articleId, sourceLang: previous.sourceLang, targetLang: previous.targetLang }, layout, previous.rows, previous.glossary);
}

/**
 * What changed since a snapshot was read: the ids of paragraphs whose version changed or that are new, or "all"
 * when rows or the pairing changed (a stale QA run uses it to know what its rerun must re-check).
 */
export async function changedSinceSnapshot(client: Tx, snapshot: QaSnapshot): Promise<string[] | "all"> {
  const [paragraphs, rowCount] = await Promise.all([
    client.paragraph.findMany({ where: { articleId: snapshot.articleId }, select: { id: true, version: true, rowId: true, side: true, position: true } }),
    client.alignmentRow.count({ where: { articleId: snapshot.articleId } }),
  ]);
  if (rowCount !== snapshot.rows.length || paragraphs.length !== snapshot.layout.size) return "all";
  const changed: string[] = [];
  for (const p of paragraphs) {
    const before = snapshot.layout.get(p.id);
    if (!before || before.rowId !== p.rowId || before.side !== p.side || before.position !== p.position) return "all";
    if (before.version !== p.version) changed.push(p.id);
  }
  return changed;
}

/** True when no paragraph of the article was saved, excluded or restored (and no row added or removed) since the snapshot was read. */
export async function snapshotIsCurrent(tx: Tx, snapshot: QaSnapshot): Promise<boolean> {
  return sameStamp(await readStamp(tx, snapshot.articleId), snapshot.stamp);
}

/** The QA task for a snapshot; `rows` (alignment group indices) makes it incremental (lib/qa/scope.ts). */
export function qaTaskFor(snapshot: QaSnapshot, rows?: number[]): QaTask {
  return {
    sourceLang: snapshot.sourceLang,
    targetLang: snapshot.targetLang,
    source: snapshot.source.map((p) => p.text),
    target: snapshot.target.map((p) => p.text),
    alignment: snapshot.alignment,
    glossary: snapshot.glossary,
    ...(rows ? { rows } : {}),
  };
}

/** A finding as stored, keyed by `${paragraphId}|${fingerprint within the paragraph}`. */
export interface StoredFindingData {
  articleId: string;
  paragraphId: string;
  check: string;
  category: string;
  subcategory: string | null;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  suggestion: string | null;
  message: string;
  messageKey: string;
  params: Record<string, string | number>;
  fingerprint: string;
}

/** The rows a QA result stands for, in reading order. */
export function findingRows(snapshot: QaSnapshot, result: QaTaskResult): StoredFindingData[] {
  return result.findings.map((f) => {
    const paragraph = (f.side === "source" ? snapshot.source : snapshot.target)[f.paragraph]!;
    return {
      articleId: snapshot.articleId,
      paragraphId: paragraph.id,
      check: f.check,
      category: f.category,
      subcategory: f.subcategory ?? null,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      suggestion: f.suggestion ?? null,
      message: f.message,
      messageKey: f.messageKey,
      params: f.params ?? {},
      fingerprint: `${paragraph.id}|${f.fingerprint}`,
    };
  });
}

const COMPARED = ["check", "category", "subcategory", "severity", "start", "end", "text", "suggestion", "message", "messageKey", "params"] as const;

/** JSON text with object keys sorted (PostgreSQL's jsonb gives keys back in its own order). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value as Record<string, unknown>).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Equality of a stored and a computed finding field; JSON columns (params) compare by content, not by reference. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") return canonicalJson(a) === canonicalJson(b);
  return false;
}

/** How a finding diff went: rows inserted, updated in place, deleted, and left untouched. */
export interface FindingDiffCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/** The writes that turn the stored findings into a QA result (planFindingDiff), and how many rows stay as they are. */
export interface FindingDiffPlan {
  inserts: StoredFindingData[];
  updates: Array<{ id: string; paragraphId: string; data: Partial<StoredFindingData> }>;
  deletes: Array<{ id: string; paragraphId: string }>;
  unchanged: number;
}

/**
 * Plans a QA result as a diff (the shape of Weblate's `_perform_batch`): a finding whose fingerprint is already
 * stored keeps its row and id (its span, message or suggestion are updated when they moved or changed), findings
 * no longer produced are deleted, new ones inserted. Several findings with one fingerprint are paired in reading
 * order with the stored ones ordered by span then id, so the pairing is deterministic.
 * With `rows`, the result is incremental: stored findings of its row-scoped checks outside those alignment groups
 * are not the result's business and are kept as they are.
 */
export async function planFindingDiff(client: Tx, snapshot: QaSnapshot, result: QaTaskResult, rows?: readonly number[]): Promise<FindingDiffPlan> {
  const desired = findingRows(snapshot, result);
  let where: Prisma.FindingWhereInput = { articleId: snapshot.articleId };
  if (rows) {
    // Only the findings this run answers for: those of article-wide checks and those on the re-checked rows.
    const inRows: string[] = [];
    for (const row of rows) {
      const group = snapshot.alignment[row]!;
      for (const s of group.source) inRows.push(snapshot.source[s]!.id);
      for (const t of group.target) inRows.push(snapshot.target[t]!.id);
    }
    where = { articleId: snapshot.articleId, OR: [{ check: { notIn: result.rowScopedChecks } }, { paragraphId: { in: inRows } }] };
  }
  const stored = await client.finding.findMany({ where });
  const storedByKey = new Map<string, typeof stored>();
  for (const finding of stored) {
    const list = storedByKey.get(finding.fingerprint) ?? [];
    list.push(finding);
    storedByKey.set(finding.fingerprint, list);
  }
  for (const list of storedByKey.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Map<string, number>();
  const plan: FindingDiffPlan = { inserts: [], updates: [], deletes: [], unchanged: 0 };
  for (const finding of desired) {
    const ordinal = used.get(finding.fingerprint) ?? 0;
    used.set(finding.fingerprint, ordinal + 1);
    const match = storedByKey.get(finding.fingerprint)?.[ordinal];
    if (!match) {
      plan.inserts.push(finding);
      continue;
    }
    const changes: Partial<StoredFindingData> = {};
    for (const field of COMPARED) if (!sameValue(match[field], finding[field])) Object.assign(changes, { [field]: finding[field] });
    if (Object.keys(changes).length === 0) plan.unchanged++;
    else plan.updates.push({ id: match.id, paragraphId: match.paragraphId, data: changes });
  }
  for (const [key, list] of storedByKey) plan.deletes.push(...list.slice(used.get(key) ?? 0).map((f) => ({ id: f.id, paragraphId: f.paragraphId })));
  return plan;
}

/** True when the plan writes nothing. */
export function planIsEmpty(plan: FindingDiffPlan): boolean {
  return plan.inserts.length === 0 && plan.updates.length === 0 && plan.deletes.length === 0;
}

/** The plan without the writes that touch these paragraphs (saved again since the run read them). */
export function withoutParagraphs(plan: FindingDiffPlan, paragraphIds: ReadonlySet<string>): FindingDiffPlan {
  return {
    inserts: plan.inserts.filter((f) => !paragraphIds.has(f.paragraphId)),
    updates: plan.updates.filter((u) => !paragraphIds.has(u.paragraphId)),
    deletes: plan.deletes.filter((d) => !paragraphIds.has(d.paragraphId)),
    unchanged: plan.unchanged,
  };
}

/** Applies a planned diff inside the caller's transaction. */
export async function applyFindingDiff(tx: Tx, plan: FindingDiffPlan): Promise<FindingDiffCounts> {
  for (const update of plan.updates) await updateFinding(tx, update.id, update.data);
  for (let from = 0; from < plan.deletes.length; from += INSERT_CHUNK_ROWS) {
    await tx.$executeRaw`DELETE FROM "Finding" WHERE "id" IN (${Prisma.join(plan.deletes.slice(from, from + INSERT_CHUNK_ROWS).map((d) => d.id))})`;
  }
  await insertFindings(tx, plan.inserts);
  return { inserted: plan.inserts.length, updated: plan.updates.length, deleted: plan.deletes.length, unchanged: plan.unchanged };
}

/** The columns a finding diff may update (the column names of the raw UPDATE come from this list only). */
const UPDATABLE_FINDING_COLUMNS = new Set<keyof StoredFindingData>(["check", "category", "subcategory", "severity", "start", "end", "text", "suggestion", "message", "messageKey", "params", "fingerprint"]);

/** Updates one stored finding's changed columns in one plain statement. */
async function updateFinding(tx: Tx, id: string, data: Partial<StoredFindingData>): Promise<void> {
  const sets = Object.entries(data).map(([column, value]) => {
    if (!UPDATABLE_FINDING_COLUMNS.has(column as keyof StoredFindingData)) throw new Error(`finding column ${column} is not updatable`);
    const bound = column === "severity" ? sqlEnum(String(value), "Severity") : column === "params" ? sqlJson(value) : Prisma.sql`${value}`;
    return Prisma.sql`${Prisma.raw(`"${column}"`)} = ${bound}`;
  });
  if (sets.length > 0) await tx.$executeRaw`UPDATE "Finding" SET ${Prisma.join(sets)} WHERE "id" = ${id}`;
}

/**
 * Inserts findings in multi-row statements of plain SQL: a QA run after a burst of saves writes dozens of findings,
 * and a model createMany of that size costs tens of milliseconds of CPU to compile on every run.
 */
async function insertFindings(tx: Tx, findings: readonly StoredFindingData[]): Promise<void> {
  for (let from = 0; from < findings.length; from += INSERT_CHUNK_ROWS) {
    const values = findings.slice(from, from + INSERT_CHUNK_ROWS).map(
      (f) =>
        Prisma.sql`(${randomUUID()}, ${f.articleId}, ${f.paragraphId}, ${f.check}, ${f.category}, ${f.subcategory}, ${sqlEnum(f.severity, "Severity")}, ${f.start}, ${f.end}, ${f.text}, ${f.suggestion}, ${f.message}, ${f.messageKey}, ${sqlJson(f.params)}, ${f.fingerprint})`,
    );
    await tx.$executeRaw`
      INSERT INTO "Finding" ("id", "articleId", "paragraphId", "check", "category", "subcategory", "severity", "start", "end", "text", "suggestion", "message", "messageKey", "params", "fingerprint")
      VALUES ${Prisma.join(values)}`;
  }
}

/** Plans and applies the diff of a QA result inside the caller's transaction (see planFindingDiff). */
export async function writeFindingDiff(tx: Tx, snapshot: QaSnapshot, result: QaTaskResult, rows?: readonly number[]): Promise<FindingDiffCounts> {
  return applyFindingDiff(tx, await planFindingDiff(tx, snapshot, result, rows));
}
