"use client";

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { repairRowsAction, setRowReviewedAction, updateArticleStatusAction, updateThresholdAction } from "../actions";
import { useActionRunner } from "./use-action-runner";
import { RowView, type RowHandlers, type TSelection } from "./row-view";
import { FlagIssueForm } from "./flag-issue-form";
import { IssuesPanel } from "./issues-panel";
import { FindingsPanel, useFindingMessage } from "./findings-panel";
import type { TMark } from "./marked-text";
import type { TArticleReviewDto } from "@/lib/server/article/get-article-review";
import { AssignForm, AssignedTo } from "./assign-form";
import { ExportMenu } from "./export-menu";
import { directionOf } from "@/lib/languages";

const NEXT_STATUS: Record<string, string[]> = { draft: ["in_review"], in_review: ["approved", "draft"], approved: ["published", "in_review"], published: ["in_review"] };

/** What the signed-in user may do here (the server enforces the same rules). */
export interface TPermissions {
  edit: boolean;
  repair: boolean;
  review: boolean;
  flag: boolean;
  comment: boolean;
  resolve: boolean;
  decide: boolean;
  apply: boolean;
  transition: boolean;
  settings: boolean;
  assign: boolean;
}

/** The review page: aligned rows side by side, with issues and QA findings. */
export function Workbench({ article, permissions, users }: { article: TArticleReviewDto; permissions: TPermissions; users: { id: string; name: string; role: string }[] }) {
  const { t } = useTranslation(["review", "common", "qa"]);
  const findingMessage = useFindingMessage();
  const [selection, setSelection] = useState<TSelection | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [historyIds, setHistoryIds] = useState<Set<string>>(new Set());
  const [threshold, setThreshold] = useState(String(article.passThreshold));
  const { run, pending, error } = useActionRunner();
  const sourceDir = directionOf(article.sourceLang);
  const targetDir = directionOf(article.targetLang);

  const { marks, counts } = useMemo(() => {
    const marks = new Map<string, TMark[]>();
    const counts = new Map<string, number>();
    const add = (paragraphId: string, mark: TMark) => marks.set(paragraphId, [...(marks.get(paragraphId) ?? []), mark]);
    for (const issue of article.issues) {
      if (issue.outdated || issue.status === "dismissed") continue;
      add(issue.paragraphId, {
        id: issue.id,
        start: issue.start,
        end: issue.end,
        kind: issue.status === "open" ? "issue" : "issue-resolved",
        severity: issue.severity,
        label: `${t(`common:mqm.${issue.category}`)} (${t(`common:severity.${issue.severity}`)})${issue.comment ? `: ${issue.comment}` : ""}`,
      });
    }
    for (const f of article.findings) {
      if (f.decision) continue;
      counts.set(f.paragraphId, (counts.get(f.paragraphId) ?? 0) + 1);
      add(f.paragraphId, { id: f.id, start: f.start, end: f.end, kind: "finding", severity: f.severity, label: findingMessage(f) });
    }
    if (selection) add(selection.paragraphId, { id: "selection", start: selection.start, end: selection.end, kind: "selection", label: t("review:flag.selected") });
    return { marks, counts };
  }, [article.issues, article.findings, selection, t, findingMessage]);

  const handlers: RowHandlers = {
    onSelect: (next) => (permissions.flag ? setSelection(next) : undefined),
    onEdit: setEditingId,
    onToggleHistory: (id) =>
      setHistoryIds((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    onMove: (paragraphId, direction) => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "move", paragraphId, direction } })),
    onMerge: (rowId) => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "merge", rowId } })),
    onSplit: (rowId) => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "split", rowId } })),
    onReviewed: (rowId, reviewed, revert) =>
      run(
        () => setRowReviewedAction({ rowId, reviewed }),
        undefined,
        () => void revert(),
      ),
  };

  const showParagraph = (paragraphId: string) => {
    const element = document.querySelector(`[data-paragraph-id="${paragraphId}"]`);
    element?.scrollIntoView({ behavior: "smooth", block: "center" });
    element?.classList.add("flash");
    setTimeout(() => element?.classList.remove("flash"), 1200);
  };

  const selectionSide = selection?.side === "source" ? { lang: article.sourceLang, dir: sourceDir } : { lang: article.targetLang, dir: targetDir };
  const total = article.rows.length;

  return (
    <div className="review">
      <header className="review-header">
        <h1 dir="auto" lang={article.targetLang}>{article.title}</h1>
        <div className="review-meta">
          <span>{t("common:languagePair", { source: t(`common:languages.${article.sourceLang}`), target: t(`common:languages.${article.targetLang}`) })}</span>
          <span className={`badge status-${article.status}`} data-testid="article-status">{t(`common:status.${article.status}`)}</span>
          <span data-testid="progress">
            <progress max={total} value={article.reviewedCount} aria-hidden="true" /> {t("review:progress", { reviewed: article.reviewedCount, total })}
          </span>
          <span className={article.score.pass ? "score pass" : "score fail"} title={t("review:scoreHint", { threshold: article.score.threshold })}>
            {t("review:score", { value: article.score.penaltyPer1000Words.toFixed(1), penalty: article.score.penalty, words: article.score.sourceWords })} ·{" "}
            {article.score.pass ? t("common:score.pass") : t("common:score.fail")}
          </span>
        </div>
        <div className="review-tools">
          <ExportMenu articleId={article.id} targetLang={article.targetLang} />
          {(permissions.transition ? (NEXT_STATUS[article.status] ?? []) : []).map((status) => (
            <button key={status} type="button" className={status === "approved" ? "" : "secondary"} disabled={pending} onClick={() => run(() => updateArticleStatusAction({ articleId: article.id, status }))}>
              {t(`review:statusAction.${status}`)}
            </button>
          ))}
          {permissions.repair ? (
            <button type="button" className="secondary" disabled={pending} onClick={() => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "realign" } }))}>
              {t("review:realign")}
            </button>
          ) : null}
          {permissions.settings ? (
          <form
            className="threshold-form"
            onSubmit={(e) => {
              e.preventDefault();
              run(() => updateThresholdAction({ articleId: article.id, threshold: Number(threshold) }));
            }}
          >
            <label htmlFor="threshold">{t("review:threshold.label")}</label>
            <input id="threshold" type="number" min={0} max={1000} step={0.5} value={threshold} onChange={(e) => setThreshold(e.target.value)} title={t("review:threshold.hint")} />
            <button type="submit" className="secondary" disabled={pending}>{t("review:threshold.save")}</button>
          </form>
          ) : null}
          {permissions.assign ? <AssignForm article={article} users={users} /> : <AssignedTo article={article} />}
          <a href={`/articles/${article.id}/audit`}>{t("review:auditLink")}</a>
        </div>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </header>
      <div className="workbench">
        <div className="rows" role="list" aria-label={t("review:rowsLabel")}>
          <div className="row row-headings" aria-hidden="true">
            <div className="row-number">#</div>
            <div className="pane">{t(`common:languages.${article.sourceLang}`)}</div>
            <div className="pane">{t(`common:languages.${article.targetLang}`)}</div>
            <div className="row-actions" />
          </div>
          {article.rows.map((row, index) => (
            <RowView
              key={row.id}
              row={row}
              index={index}
              rowCount={total}
              sourceLang={article.sourceLang}
              targetLang={article.targetLang}
              sourceDir={sourceDir}
              targetDir={targetDir}
              marks={marks}
              counts={counts}
              editingId={editingId}
              historyIds={historyIds}
              pending={pending}
              permissions={permissions}
              handlers={handlers}
            />
          ))}
        </div>
        <aside className="side-panel" aria-label={t("review:sidePanel")}>
          {selection && permissions.flag ? (
            <FlagIssueForm key={`${selection.paragraphId}-${selection.start}-${selection.end}`} selection={selection} lang={selectionSide.lang} dir={selectionSide.dir} onDone={() => setSelection(null)} />
          ) : permissions.flag ? (
            <p className="hint panel">{t("review:flag.hint")}</p>
          ) : null}
          <IssuesPanel permissions={permissions} issues={article.issues} sourceLang={article.sourceLang} targetLang={article.targetLang} sourceDir={sourceDir} targetDir={targetDir} onShow={showParagraph} />
          <FindingsPanel permissions={permissions} findings={article.findings} sourceLang={article.sourceLang} targetLang={article.targetLang} sourceDir={sourceDir} targetDir={targetDir} onShow={showParagraph} />
        </aside>
      </div>
    </div>
  );
}
