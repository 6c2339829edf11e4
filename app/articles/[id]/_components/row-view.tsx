"use client";

import { memo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { MarkedText, selectionOffsets, type TMark } from "./marked-text";
import { ParagraphEditor, type TSaveOutcome } from "./paragraph-editor";
import { ParagraphHistory } from "./paragraph-history";
import type { TParagraphDto, TRowDto } from "@/lib/server/article/get-article-review";
import type { TPermissions } from "./workbench";
import type { TDraft } from "./use-drafts";

export interface TSelection {
  paragraphId: string;
  side: "source" | "target";
  start: number;
  end: number;
  quote: string;
  /** "Row n", for the flag form's heading. */
  rowLabel: string;
}

/** What the page shows about a row besides its text; cached per row so unchanged rows are not re-rendered. */
export interface TRowDecor {
  marks: Record<string, readonly TMark[]>;
  openFindings: number;
  openIssues: number;
  /** Plain-language list of the row's findings and issues, for assistive technology. */
  summary: string;
}

/** The page's actions on rows; one stable object for all rows. */
export interface RowHandlers {
  setCurrent: (index: number) => void;
  edit: (paragraphId: string) => void;
  closeEditor: (paragraphId: string) => void;
  save: (paragraph: TParagraphDto, index: number, text: string, baseVersion: number, then: "stay" | "next") => Promise<TSaveOutcome>;
  draft: (paragraph: TParagraphDto, text: string, baseVersion: number) => void;
  discard: (paragraphId: string) => void;
  getDraft: (paragraphId: string) => TDraft | undefined;
  step: (index: number, direction: 1 | -1) => void;
  toggleHistory: (paragraphId: string) => void;
  toggleReviewed: (index: number) => void;
  exclude: (paragraph: TParagraphDto, index: number, excluded: boolean) => void;
  select: (selection: TSelection | null) => void;
  flagParagraph: (index: number) => void;
  showFindings: (index: number) => void;
  move: (paragraphId: string, direction: "up" | "down") => void;
  merge: (rowId: string) => void;
  split: (rowId: string) => void;
}

export interface TLanguages {
  sourceLang: string;
  targetLang: string;
  sourceDir: "rtl" | "ltr";
  targetDir: "rtl" | "ltr";
  sourceName: string;
  targetName: string;
}

interface RowViewProps {
  row: TRowDto;
  index: number;
  rowCount: number;
  current: boolean;
  decor: TRowDecor;
  /** Ids of this row's paragraphs with an open editor / open history / a draft, joined (cheap to compare). */
  editing: string;
  history: string;
  drafts: string;
  currentMarkId: string | null;
  /** Colleagues on this row ("Sara is editing"), or empty. */
  presence?: string;
  /** True when a colleague edits this row. */
  presenceEditing?: boolean;
  pending: boolean;
  languages: TLanguages;
  permissions: TPermissions;
  handlers: RowHandlers;
}

function ParagraphBlock(props: {
  paragraph: TParagraphDto;
  label: string;
  rowLabel: string;
  index: number;
  lang: string;
  dir: "rtl" | "ltr";
  marks: readonly TMark[];
  currentMarkId: string | null;
  editing: boolean;
  hasDraft: boolean;
  showHistory: boolean;
  permissions: TPermissions;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation(["workbench", "review"]);
  const { paragraph, lang, dir, handlers, permissions } = props;
  const textRef = useRef<HTMLSpanElement>(null);
  const handleSelect = () => {
    if (!textRef.current) return;
    const offsets = selectionOffsets(textRef.current);
    if (!offsets) return;
    handlers.select({ paragraphId: paragraph.id, side: paragraph.side, ...offsets, quote: paragraph.text.slice(offsets.start, offsets.end), rowLabel: props.rowLabel });
  };
  const edited = paragraph.text !== paragraph.originalText;
  return (
    <div className={`paragraph${paragraph.excluded ? " excluded" : ""}`} data-paragraph-id={paragraph.id} data-side={paragraph.side} role="group" aria-label={props.label}>
      {paragraph.excluded || edited || props.hasDraft ? (
        <div className="paragraph-head">
          {paragraph.excluded ? <span className="badge excluded">{t("workbench:row.excluded")}</span> : null}
          {edited ? <span className="badge edited">{t("review:row.edited")}</span> : null}
          {props.hasDraft && !props.editing ? <span className="badge draft">{t("workbench:row.draft")}</span> : null}
        </div>
      ) : null}
      {props.editing && permissions.edit ? (
        <ParagraphEditor
          paragraph={paragraph}
          label={props.label}
          lang={lang}
          dir={dir}
          draft={handlers.getDraft(paragraph.id)}
          onDraft={(text, baseVersion) => handlers.draft(paragraph, text, baseVersion)}
          onSave={(text, baseVersion, then) => handlers.save(paragraph, props.index, text, baseVersion, then)}
          onClose={() => handlers.closeEditor(paragraph.id)}
          onDiscard={() => handlers.discard(paragraph.id)}
          onStep={(direction) => handlers.step(props.index, direction)}
        />
      ) : (
        <p className="paragraph-body" lang={lang} dir={dir}>
          <MarkedText ref={textRef} text={paragraph.text} marks={props.marks} currentId={props.currentMarkId} lang={lang} dir={dir} onSelect={handleSelect} />
        </p>
      )}
      {props.showHistory ? <ParagraphHistory paragraphId={paragraph.id} version={paragraph.version} lang={lang} dir={dir} /> : null}
    </div>
  );
}

/** The actions of the current row (only the current row shows them, so each row costs one tab stop). */
function RowToolbar({ row, index, rowCount, permissions, handlers, pending, history }: { row: TRowDto; index: number; rowCount: number; permissions: TPermissions; handlers: RowHandlers; pending: boolean; history: string }) {
  const { t } = useTranslation(["workbench", "review"]);
  const n = index + 1;
  const target = row.target[0];
  const excludable = row.target.length > 0 && permissions.edit;
  const allExcluded = row.target.length > 0 && row.target.every((p) => p.excluded);
  return (
    <div className="row-toolbar" role="toolbar" aria-label={t("workbench:row.toolbar", { n })}>
      {target && permissions.edit && !target.excluded ? (
        <button type="button" onClick={() => handlers.edit(target.id)} aria-keyshortcuts="E">{t("workbench:row.edit")}</button>
      ) : null}
      {permissions.review ? (
        <button type="button" className="secondary" aria-pressed={row.reviewed} onClick={() => handlers.toggleReviewed(index)} aria-keyshortcuts="R">
          {t("workbench:row.reviewed")}
        </button>
      ) : null}
      {permissions.flag ? (
        <button type="button" className="secondary" onClick={() => handlers.flagParagraph(index)} aria-keyshortcuts="F">{t("workbench:row.flag")}</button>
      ) : null}
      {excludable
        ? row.target.map((p, i) => (
            <button key={p.id} type="button" className="secondary" disabled={pending} onClick={() => handlers.exclude(p, index, !p.excluded)} aria-keyshortcuts={i === 0 ? "X" : undefined}>
              {p.excluded
                ? t("workbench:row.restore", { part: row.target.length > 1 ? ` ${i + 1}` : "" })
                : t("workbench:row.exclude", { part: row.target.length > 1 ? ` ${i + 1}` : "" })}
            </button>
          ))
        : null}
      {target ? (
        <button type="button" className="secondary" aria-expanded={history.includes(target.id)} onClick={() => handlers.toggleHistory(target.id)} aria-keyshortcuts="H">
          {t("review:row.history", { count: target.revisionCount })}
        </button>
      ) : null}
      {permissions.repair && !allExcluded ? (
        <details className="row-more">
          <summary>{t("workbench:row.pairing")}</summary>
          <div className="row-more-menu">
            {index > 0
              ? [...row.source.slice(0, 1), ...row.target.slice(0, 1)].map((p) => (
                  <button key={`up-${p.id}`} type="button" className="secondary" disabled={pending} onClick={() => handlers.move(p.id, "up")}>
                    {t(p.side === "source" ? "workbench:row.moveSourceUp" : "workbench:row.moveTargetUp")}
                  </button>
                ))
              : null}
            {index < rowCount - 1
              ? [...row.source.slice(-1), ...row.target.slice(-1)].map((p) => (
                  <button key={`down-${p.id}`} type="button" className="secondary" disabled={pending} onClick={() => handlers.move(p.id, "down")}>
                    {t(p.side === "source" ? "workbench:row.moveSourceDown" : "workbench:row.moveTargetDown")}
                  </button>
                ))
              : null}
            {index < rowCount - 1 ? (
              <button type="button" className="secondary" disabled={pending} onClick={() => handlers.merge(row.id)}>{t("review:row.merge")}</button>
            ) : null}
            {row.source.length + row.target.length > 1 ? (
              <button type="button" className="secondary" disabled={pending} onClick={() => handlers.split(row.id)}>{t("review:row.split")}</button>
            ) : null}
          </div>
        </details>
      ) : null}
    </div>
  );
}

/** One aligned row: source and translation side by side. The row is one tab stop; arrows move between rows. */
export const RowView = memo(function RowView(props: RowViewProps) {
  const { t } = useTranslation(["workbench", "review"]);
  const { row, index, handlers, languages, decor } = props;
  const n = index + 1;
  const rowLabel = t("workbench:row.label", { n });
  const renderSide = (side: "source" | "target") => {
    const paragraphs = row[side];
    const lang = side === "source" ? languages.sourceLang : languages.targetLang;
    const dir = side === "source" ? languages.sourceDir : languages.targetDir;
    const language = side === "source" ? languages.sourceName : languages.targetName;
    if (paragraphs.length === 0) return <p className="unpaired">{side === "source" ? t("review:row.noSource") : t("review:row.noTarget")}</p>;
    return paragraphs.map((p, i) => (
      <ParagraphBlock
        key={p.id}
        paragraph={p}
        label={paragraphs.length > 1 ? t("workbench:row.paragraphOf", { n, language, i: i + 1, count: paragraphs.length }) : t("workbench:row.paragraph", { n, language })}
        rowLabel={rowLabel}
        index={index}
        lang={lang}
        dir={dir}
        marks={decor.marks[p.id] ?? NO_MARKS}
        currentMarkId={props.currentMarkId}
        editing={props.editing.includes(p.id)}
        hasDraft={props.drafts.includes(p.id)}
        showHistory={props.history.includes(p.id)}
        permissions={props.permissions}
        handlers={handlers}
      />
    ));
  };
  const unpaired = row.source.length === 0 || row.target.length === 0;
  return (
    <div
      className={`row${row.reviewed ? " reviewed" : ""}${unpaired ? " unpaired-row" : ""}${props.current ? " current" : ""}`}
      role="listitem"
      tabIndex={props.current ? 0 : -1}
      aria-current={props.current ? "true" : undefined}
      aria-label={rowLabel}
      aria-describedby={`row-summary-${row.id}`}
      data-row-id={row.id}
      data-row-index={index}
      id={`row-${n}`}
      onFocus={(e) => {
        if (!props.current && e.currentTarget.contains(e.target)) handlers.setCurrent(index);
      }}
      onMouseDown={() => {
        if (!props.current) handlers.setCurrent(index);
      }}
    >
      <div className="row-number" aria-hidden="true">
        {n}
        {row.reviewed ? <span className="reviewed-tick" title={t("workbench:row.isReviewed")}>✓</span> : null}
      </div>
      <div className="pane source-pane">{renderSide("source")}</div>
      <div className="pane target-pane">{renderSide("target")}</div>
      <div className="row-status">
        {decor.openFindings > 0 ? (
          <button type="button" className="badge finding-count" tabIndex={props.current ? 0 : -1} onClick={() => handlers.showFindings(index)} aria-label={t("workbench:row.showFindings", { count: decor.openFindings, n })}>
            {t("review:row.findingCount", { count: decor.openFindings })}
          </button>
        ) : null}
        {decor.openIssues > 0 ? <span className="badge issue-count">{t("workbench:row.issueCount", { count: decor.openIssues })}</span> : null}
        {props.presence ? <span className={`badge presence${props.presenceEditing ? " editing" : ""}`} data-testid="row-presence">{props.presence}</span> : null}
      </div>
      <span className="visually-hidden" id={`row-summary-${row.id}`}>
        {[row.reviewed ? t("workbench:row.isReviewed") : t("workbench:row.notReviewed"), decor.summary].filter(Boolean).join(". ")}
      </span>
      {props.current ? <RowToolbar row={row} index={index} rowCount={props.rowCount} permissions={props.permissions} handlers={handlers} pending={props.pending} history={props.history} /> : null}
    </div>
  );
});

const NO_MARKS: readonly TMark[] = [];
