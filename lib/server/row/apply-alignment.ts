import "server-only";
import type { Tx } from "../db";
import type { AlignmentGroup } from "../../align/types";

function key(group: AlignmentGroup): string {
  return `${group.source.join(",")}|${group.target.join(",")}`;
}

/**
 * Rewrites an article's rows to match `groups`. Rows whose content is unchanged keep their id and reviewed
 * flag; changed rows are new (a re-paired row must be reviewed again).
 */
export async function applyAlignment(tx: Tx, articleId: string, groups: AlignmentGroup[], origin: "auto" | "import" | "manual"): Promise<void> {
  const rows = await tx.alignmentRow.findMany({ where: { articleId }, include: { paragraphs: { select: { id: true, side: true, position: true } } } });
  const existing = new Map<string, string>();
  for (const row of rows) {
    const source = row.paragraphs.filter((p) => p.side === "source").map((p) => p.position).sort((a, b) => a - b);
    const target = row.paragraphs.filter((p) => p.side === "target").map((p) => p.position).sort((a, b) => a - b);
    existing.set(key({ source, target }), row.id);
  }
  const kept = new Set<string>();
  for (const [position, group] of groups.entries()) {
    let rowId = existing.get(key(group));
    if (rowId) {
      await tx.alignmentRow.update({ where: { id: rowId }, data: { position } });
    } else {
      rowId = (await tx.alignmentRow.create({ data: { articleId, position, origin, notes: [] } })).id;
      for (const side of ["source", "target"] as const) {
        if (group[side].length > 0) {
          await tx.paragraph.updateMany({ where: { articleId, side, position: { in: group[side] } }, data: { rowId } });
        }
      }
    }
    kept.add(rowId);
  }
  await tx.alignmentRow.deleteMany({ where: { articleId, id: { notIn: [...kept] } } });
}
