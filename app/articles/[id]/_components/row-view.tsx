"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MarkedText, selectionOffsets, type TMark } from "./marked-text";
import { ParagraphEditor } from "./paragraph-editor";
import { ParagraphHistory } from "./paragraph-history";
import type { TParagraphDto, TRowDto } from "@/lib/server/article/get-article-review";
import type { TPermissions } from "./workbench";

export interface TSelection {
  paragraphId: string;
  side: "source" | "target";
  start: number;
  end: number;
  quote: string;
}

export interface RowHandlers {
  onSelect: (selection: TSelection | null) => void;
  onEdit: (paragraphId: string | null) => void;
  onToggleHistory: (paragraphId: string) => void;
  onMove: (paragraphId: string, direction: "up" | "down") => void;
  onMerge: (rowId: string) => void;
  onSplit: (rowId: string) => void;
  /** `revert` is called when the server refuses, to undo the optimistic tick. */
  onReviewed: (rowId: string, reviewed: boolean, revert: () => void) => void;
}

interface RowViewProps {
  row: TRowDto;
  index: number;
  rowCount: number;
  sourceLang: string;
  targetLang: string;
  sourceDir: "rtl" | "ltr";
  targetDir: "rtl" | "ltr";
  marks: Map<string, TMark[]>;
  counts: Map<string, number>;
  editingId: string | null;
  historyIds: Set<string>;
  pending: boolean;
  handlers: RowHandlers;
  permissions: TPermissions;
}

function ParagraphBlock(props: {
  paragraph: TParagraphDto;
  lang: string;
  dir: "rtl" | "ltr";
  first: boolean;
  last: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  marks: TMark[];
  findingCount: number;
  editing: boolean;
  showHistory: boolean;
  pending: boolean;
  handlers: RowHandlers;
  permissions: TPermissions;
}) {
  const { t } = useTranslation("review");
  const { paragraph, lang, dir, handlers, permissions } = props;
  const textRef = useRef<HTMLSpanElement>(null);
  const sideLabel = paragraph.side === "source" ? t("row.sourceParagraph", { n: paragraph.position + 1 }) : t("row.targetParagraph", { n: paragraph.position + 1 });
  const handleSelect = () => {
    if (!textRef.current) return;
    const offsets = selectionOffsets(textRef.current);
    if (!offsets) return;
    handlers.onSelect({ paragraphId: paragraph.id, side: paragraph.side, ...offsets, quote: paragraph.text.slice(offsets.start, offsets.end) });
  };
  return (
    <div className="paragraph" data-paragraph-id={paragraph.id} data-side={paragraph.side} aria-label={sideLabel} role="group">
      <div className="paragraph-head">
        <span className="paragraph-number" aria-hidden="true">{paragraph.position + 1}</span>
        {props.findingCount > 0 ? <span className="badge finding-count" title={t("row.findingCount", { count: props.findingCount })}>{t("row.findingCount", { count: props.findingCount })}</span> : null}
        {paragraph.text !== paragraph.originalText ? <span className="badge edited">{t("row.edited")}</span> : null}
        <span className="paragraph-tools">
          {props.canMoveUp && permissions.repair ? (
            <button type="button" className="link move" disabled={props.pending} onClick={() => handlers.onMove(paragraph.id, "up")} aria-label={t("row.moveUpLabel", { name: sideLabel })}>
              {t("row.moveUp")}
            </button>
          ) : null}
          {props.canMoveDown && permissions.repair ? (
            <button type="button" className="link move" disabled={props.pending} onClick={() => handlers.onMove(paragraph.id, "down")} aria-label={t("row.moveDownLabel", { name: sideLabel })}>
              {t("row.moveDown")}
            </button>
          ) : null}
          {paragraph.side === "target" && !props.editing && permissions.edit ? (
            <button type="button" className="link" onClick={() => handlers.onEdit(paragraph.id)} aria-label={t("row.editLabel", { name: sideLabel })}>
              {t("row.edit")}
            </button>
          ) : null}
          {paragraph.side === "target" ? (
            <button type="button" className="link" aria-expanded={props.showHistory} onClick={() => handlers.onToggleHistory(paragraph.id)} aria-label={t("row.historyLabel", { name: sideLabel })}>
              {t("row.history", { count: paragraph.revisionCount })}
            </button>
          ) : null}
        </span>
      </div>
      {props.editing && permissions.edit ? (
        <ParagraphEditor paragraph={paragraph} lang={lang} dir={dir} onClose={() => handlers.onEdit(null)} />
      ) : (
        <p className="paragraph-body" lang={lang} dir={dir}>
          <MarkedText ref={textRef} text={paragraph.text} marks={props.marks} lang={lang} dir={dir} onSelect={handleSelect} />
        </p>
      )}
      {props.showHistory ? <ParagraphHistory paragraphId={paragraph.id} version={paragraph.version} lang={lang} dir={dir} /> : null}
    </div>
  );
}

/** One aligned row: source paragraphs, translation paragraphs and the row's repair and review controls. */
export function RowView(props: RowViewProps) {
  const { t } = useTranslation("review");
  const { row, index, rowCount, handlers } = props;
  const paragraphCount = row.source.length + row.target.length;
  // The tick shows at once; the server's answer confirms it (or reverts it).
  const [reviewed, setReviewed] = useState(row.reviewed);
  useEffect(() => setReviewed(row.reviewed), [row.reviewed]);
  const renderSide = (side: "source" | "target") => {
    const paragraphs = row[side];
    const lang = side === "source" ? props.sourceLang : props.targetLang;
    const dir = side === "source" ? props.sourceDir : props.targetDir;
    if (paragraphs.length === 0) {
      return <p className="unpaired">{side === "source" ? t("row.noSource") : t("row.noTarget")}</p>;
    }
    return paragraphs.map((p, i) => (
      <ParagraphBlock
        key={p.id}
        paragraph={p}
        lang={lang}
        dir={dir}
        first={i === 0}
        last={i === paragraphs.length - 1}
        canMoveUp={i === 0 && index > 0}
        canMoveDown={i === paragraphs.length - 1 && index < rowCount - 1}
        marks={props.marks.get(p.id) ?? []}
        findingCount={props.counts.get(p.id) ?? 0}
        editing={props.editingId === p.id}
        showHistory={props.historyIds.has(p.id)}
        pending={props.pending}
        handlers={handlers}
        permissions={props.permissions}
      />
    ));
  };
  return (
    <div className={`row${reviewed ? " reviewed" : ""}${row.source.length === 0 || row.target.length === 0 ? " unpaired-row" : ""}`} role="listitem" aria-label={t("row.label", { n: index + 1 })} data-row-id={row.id}>
      <div className="row-number">{index + 1}</div>
      <div className="pane source-pane">{renderSide("source")}</div>
      <div className="pane target-pane">{renderSide("target")}</div>
      <div className="row-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={reviewed}
            disabled={!props.permissions.review}
            onChange={(e) => {
              const next = e.target.checked;
              setReviewed(next);
              handlers.onReviewed(row.id, next, () => setReviewed(!next));
            }}
          />
          <span>{t("row.reviewed")}</span>
        </label>
        {index < rowCount - 1 && props.permissions.repair ? (
          <button type="button" className="link" disabled={props.pending} onClick={() => handlers.onMerge(row.id)} aria-label={t("row.mergeLabel", { n: index + 1 })}>
            {t("row.merge")}
          </button>
        ) : null}
        {paragraphCount > 1 && props.permissions.repair ? (
          <button type="button" className="link" disabled={props.pending} onClick={() => handlers.onSplit(row.id)} aria-label={t("row.splitLabel", { n: index + 1 })}>
            {t("row.split")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
