"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRouter } from "next/navigation";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import {
  applySuggestionAction,
  decideFindingAction,
  getReviewStateAction,
  recheckArticleAction,
  repairRowsAction,
  saveParagraphAction,
  setParagraphExcludedAction,
  setRowReviewedAction,
  updateArticleStatusAction,
  updateThresholdAction,
} from "../actions";
import { useActionRunner } from "./use-action-runner";
import { RowView, type RowHandlers, type TLanguages, type TRowDecor, type TSelection } from "./row-view";
import { FlagIssueForm } from "./flag-issue-form";
import { IssuesPanel } from "./issues-panel";
import { FindingsPanel, useFindingMessage, type FindingsPanelHandlers, type TFindingPlace } from "./findings-panel";
import { ShortcutSheet } from "./shortcut-sheet";
import { useDrafts } from "./use-drafts";
import type { TMark } from "./marked-text";
import type { TSaveOutcome } from "./paragraph-editor";
import type { TArticleReviewDto, TFindingDto, TParagraphDto, TRowDto } from "@/lib/server/article/get-article-review";
import type { TReviewStateDto as TReviewState } from "@/lib/server/article/get-review-state";
import { AssignForm, AssignedTo } from "./assign-form";
import { DeleteArticle } from "./delete-article";
import { ExportMenu } from "./export-menu";
import { ScoreBadge } from "./score-badge";
import { ApprovalDialog } from "./approval-dialog";
import { directionOf } from "@/lib/languages";
import { ROW_FILTERS, rowMatchesFilter, type TRowFilter } from "@/lib/review/row-filter";
import { countParagraphsWithWord } from "@/lib/review/whole-word";
import { useActionErrorText } from "@/app/_components/use-action-message";
import { getLiveChangesAction } from "../live-actions";
import { useLive, type TLiveChange } from "./use-live";
import { PresenceBar } from "./presence-bar";
import { isolate } from "@/lib/i18n/bidi";
import { appendTo } from "@/lib/review/append-to";

const NEXT_STATUS: Record<string, string[]> = { draft: ["in_review"], in_review: ["approved", "draft"], approved: ["published", "in_review"], published: ["in_review"] };

/** Above this many rows only the rows near the viewport are in the page (windowing). */
const WINDOW_ROWS_ABOVE = 150;

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
  /** administrators: delete the article */
  delete: boolean;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || Boolean(target.closest("dialog[open]"));
}

/** Replaces one paragraph in the rows, keeping every other row object as it was (so memoized rows skip rendering). */
function patchParagraphs(rows: TRowDto[], changed: ReadonlyMap<string, Partial<TParagraphDto>>): TRowDto[] {
  if (changed.size === 0) return rows;
  return rows.map((row) => {
    if (!row.target.some((p) => changed.has(p.id))) return row;
    return { ...row, target: row.target.map((p) => (changed.has(p.id) ? { ...p, ...changed.get(p.id) } : p)) };
  });
}

/** The review page: aligned rows side by side, with issues and QA findings, driven by mouse or keyboard. */
export function Workbench({ article: initial, permissions, users }: { article: TArticleReviewDto; permissions: TPermissions; users: { id: string; name: string; role: string }[] }) {
  const { t, i18n } = useTranslation(["workbench", "review", "common", "qa"]);
  const router = useRouter();
  const errorText = useActionErrorText();
  const findingMessage = useFindingMessage();
  const [article, setArticle] = useState(initial);
  useEffect(() => setArticle(initial), [initial]);
  const [current, setCurrent] = useState(0);
  const [currentFindingId, setCurrentFindingId] = useState<string | null>(null);
  const [dismissingId, setDismissingId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TSelection | null>(null);
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [history, setHistory] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<TRowFilter>("all");
  const [findingRow, setFindingRow] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [helpOpen, setHelpOpen] = useState(false);
  const [approvalOpen, setApprovalOpen] = useState(false);
  const [threshold, setThreshold] = useState(String(initial.passThreshold));
  const { run, pending, error, setError } = useActionRunner();
  const { drafts, setDraft, clearDraft, storageFailed, loaded: draftsLoaded } = useDrafts(article.id);
  const focusAfterRender = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const languages: TLanguages = useMemo(
    () => ({
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      sourceDir: directionOf(article.sourceLang),
      targetDir: directionOf(article.targetLang),
      sourceName: t(`common:languages.${article.sourceLang}`),
      targetName: t(`common:languages.${article.targetLang}`),
    }),
    [article.sourceLang, article.targetLang, t],
  );
  const rows = article.rows;
  const rowCount = rows.length;
  // Counted from the rows on the page, not taken from a fetched review state: a state fetched just before this
  // reader's own review mark was saved would otherwise show the count from before it.
  const reviewedCount = useMemo(() => rows.reduce((n, row) => n + (row.reviewed ? 1 : 0), 0), [rows]);

  const announce = useCallback((message: string) => {
    // Clearing first makes a repeated message ("Row 3 saved.") be announced again.
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  // Where each paragraph is: its row, its text and language (for row numbers, previews and "apply to all").
  const places = useMemo(() => {
    const map = new Map<string, TFindingPlace>();
    rows.forEach((row, rowIndex) => {
      for (const p of row.source) map.set(p.id, { rowIndex, text: p.text, lang: languages.sourceLang, dir: languages.sourceDir });
      for (const p of row.target) map.set(p.id, { rowIndex, text: p.text, lang: languages.targetLang, dir: languages.targetDir });
    });
    return map;
  }, [rows, languages]);

  const openFindings = useMemo(() => {
    const order = (f: TFindingDto) => (places.get(f.paragraphId)?.rowIndex ?? 0) * 1e6 + (f.side === "source" ? 0 : 5e5) + f.start;
    return article.findings.filter((f) => !f.decision && places.has(f.paragraphId)).sort((a, b) => order(a) - order(b));
  }, [article.findings, places]);

  // Per-row decorations, cached by content so that a save re-renders only the rows it changed.
  const decorCache = useRef(new Map<string, { key: string; decor: TRowDecor }>());
  const decors = useMemo(() => {
    const byParagraph = new Map<string, TMark[]>();
    const summaryOf = new Map<string, string[]>();
    const findingsOf = new Map<string, number>();
    const issuesOf = new Map<string, number>();
    const add = (paragraphId: string, mark: TMark) => appendTo(byParagraph, paragraphId, mark);
    const rowOf = (paragraphId: string) => rows[places.get(paragraphId)?.rowIndex ?? -1]?.id;
    for (const issue of article.issues) {
      if (issue.outdated || issue.status === "dismissed") continue;
      const label = `${t(`common:mqm.${issue.category}`)} (${t(`common:severity.${issue.severity}`)})${issue.comment ? `: ${issue.comment}` : ""}`;
      add(issue.paragraphId, { id: issue.id, start: issue.start, end: issue.end, kind: issue.status === "open" ? "issue" : "issue-resolved", severity: issue.severity, label });
      const rowId = rowOf(issue.paragraphId);
      if (rowId && issue.status === "open") {
        issuesOf.set(rowId, (issuesOf.get(rowId) ?? 0) + 1);
        appendTo(summaryOf, rowId, t("workbench:row.issueSummary", { label, quote: issue.quote }));
      }
    }
    for (const f of openFindings) {
      const label = findingMessage(f);
      add(f.paragraphId, { id: f.id, start: f.start, end: f.end, kind: "finding", severity: f.severity, label });
      const rowId = rowOf(f.paragraphId);
      if (rowId) {
        findingsOf.set(rowId, (findingsOf.get(rowId) ?? 0) + 1);
        appendTo(summaryOf, rowId, t("workbench:row.findingSummary", { label, quote: f.text }));
      }
    }
    if (selection) add(selection.paragraphId, { id: "selection", start: selection.start, end: selection.end, kind: "selection", label: t("review:flag.selected") });
    const next = new Map<string, { key: string; decor: TRowDecor }>();
    const result = rows.map((row) => {
      const ids = [...row.source, ...row.target].map((p) => p.id);
      const marks: Record<string, readonly TMark[]> = {};
      for (const id of ids) if (byParagraph.has(id)) marks[id] = byParagraph.get(id)!;
      const summary = (summaryOf.get(row.id) ?? []).join(". ");
      const decor: TRowDecor = { marks, openFindings: findingsOf.get(row.id) ?? 0, openIssues: issuesOf.get(row.id) ?? 0, summary };
      const key = JSON.stringify(decor);
      const cached = decorCache.current.get(row.id);
      const kept = cached && cached.key === key ? cached : { key, decor };
      next.set(row.id, kept);
      return kept.decor;
    });
    decorCache.current = next;
    return result;
  }, [rows, article.issues, openFindings, places, selection, t, findingMessage]);

  // What each row filter looks at, once per change of the rows, findings, issues or drafts.
  const rowFacts = useMemo(
    () =>
      rows.map((row, index) => ({
        reviewed: row.reviewed,
        openFindings: decors[index].openFindings,
        openIssues: decors[index].openIssues,
        edited: row.target.some((p) => p.text !== p.originalText),
        excluded: row.target.some((p) => p.excluded),
        drafts: row.target.filter((p) => drafts[p.id]).length,
      })),
    [rows, decors, drafts],
  );
  const visible = useMemo(() => rowFacts.flatMap((facts, index) => (rowMatchesFilter(facts, filter) ? [index] : [])), [rowFacts, filter]);
  const filterCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const f of ROW_FILTERS) counts[f] = rowFacts.filter((facts) => rowMatchesFilter(facts, f)).length;
    return counts;
  }, [rowFacts]);

  const windowed = visible.length > WINDOW_ROWS_ABOVE;
  const virtualizer = useWindowVirtualizer({
    count: windowed ? visible.length : 0,
    estimateSize: () => 120,
    overscan: 6,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    initialRect: { width: 1280, height: 1000 },
  });

  // The changing state, read by the stable handlers below (so that a save does not re-render every memoized row).
  const latest = useRef({ rows, visible, drafts, editing, decors, openFindings, current, places, windowed, selection });
  latest.current = { rows, visible, drafts, editing, decors, openFindings, current, places, windowed, selection };

  /** Makes row `index` current, scrolls it into view and (optionally) focuses it. */
  const goToRow = useCallback(
    (index: number, focus = true) => {
      const { rows, visible, windowed } = latest.current;
      const target = Math.max(0, Math.min(rows.length - 1, index));
      setCurrent(target);
      if (focus) focusAfterRender.current = target;
      const position = visible.indexOf(target);
      if (windowed && position >= 0) virtualizer.scrollToIndex(position, { align: "auto" });
      if (typeof window !== "undefined") window.history.replaceState(null, "", `#row-${target + 1}`);
    },
    [virtualizer],
  );

  // Focus follows the current row after it is rendered (with windowing it may only exist after scrolling).
  useLayoutEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (!element) return;
    focusAfterRender.current = null;
    if (!element.contains(document.activeElement)) element.focus({ preventScroll: windowed });
    if (!windowed) element.scrollIntoView({ block: "nearest" });
  });

  // Open at the row named in the address (#row-12), and reopen the editors of paragraphs with drafts.
  useEffect(() => {
    const match = /^#row-(\d+)$/.exec(window.location.hash);
    if (match) {
      const index = Number(match[1]) - 1;
      if (index >= 0 && index < rowCount) {
        setCurrent(index);
        focusAfterRender.current = index;
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on first render
  }, []);
  useEffect(() => {
    if (!draftsLoaded || !permissions.edit) return;
    const ids = Object.keys(drafts).filter((id) => places.has(id));
    if (ids.length > 0) setEditing((open) => new Set([...open, ...ids]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the drafts have been read
  }, [draftsLoaded]);

  // Leaving with unsaved text asks first (the drafts also stay in this browser).
  const unsaved = useMemo(() => Object.keys(drafts).filter((id) => places.has(id)).length, [drafts, places]);
  useEffect(() => {
    if (unsaved === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download") || link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm(t("workbench:leaveConfirm", { count: unsaved }))) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [unsaved, t]);

  /** Takes the server's fresh findings, issues and score after a change. */
  const applyReview = useCallback((review: TReviewState | undefined, changed?: ReadonlyMap<string, Partial<TParagraphDto>>) => {
    setArticle((a) => ({
      ...a,
      rows: changed ? patchParagraphs(a.rows, changed) : a.rows,
      ...(review ? { findings: review.findings, issues: review.issues, score: review.score, reviewedCount: review.reviewedCount, qaPending: review.qaPending, qaState: review.qaState } : {}),
    }));
  }, []);

  // While QA of a recent change is still running (it was not done within the save), fetch its result once it is.
  useEffect(() => {
    if (!article.qaPending || article.qaState !== "running") return;
    const timer = window.setTimeout(() => {
      void getReviewStateAction({ articleId: article.id }).then((result) => {
        if (result.ok) applyReview(result.data);
      });
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [article.qaPending, article.qaState, article.findings, article.id, applyReview]);

  // Live collaboration: a colleague's saves, marks, issues and decisions patch the rows in place (an open editor
  // keeps its draft: the newer text shows beside it); pairing and article changes reload the page's data.
  const lastLiveAnnouncement = useRef(0);
  const onLiveChanges = useCallback(
    (changes: TLiveChange[]) => {
      const reload = changes.some((c) => c.kind === "structure" || c.kind === "article" || (c.all && (c.kind === "paragraph" || c.kind === "row")));
      const paragraphIds = [...new Set(changes.filter((c) => c.kind === "paragraph").flatMap((c) => c.ids))].slice(0, 500);
      const rowIds = [...new Set(changes.filter((c) => c.kind === "row").flatMap((c) => c.ids))].slice(0, 500);
      if (reload) router.refresh();
      else {
        // First the paragraphs and marks (quick), then the findings, issues and score (server actions run one
        // after the other, so the text does not wait for the review state).
        const patchReview = (review: TReviewState) =>
          setArticle((a) => ({ ...a, findings: review.findings, issues: review.issues, score: review.score, reviewedCount: review.reviewedCount, qaPending: review.qaPending, qaState: review.qaState }));
        const rowsFirst = paragraphIds.length + rowIds.length > 0;
        void getLiveChangesAction({ articleId: article.id, paragraphIds, rowIds, review: !rowsFirst }).then((result) => {
          if (!result.ok) return;
          const { paragraphs, rows: marks, review } = result.data;
          const markOf = new Map(marks.map((mark) => [mark.id, mark]));
          if (rowsFirst)
            setArticle((a) => ({
              ...a,
              rows: patchParagraphs(a.rows, new Map(paragraphs.map((p) => [p.id, p]))).map((row) => {
                const mark = markOf.get(row.id);
                return mark && (mark.reviewed !== row.reviewed || mark.reviewedBy !== row.reviewedBy) ? { ...row, reviewed: mark.reviewed, reviewedBy: mark.reviewedBy } : row;
              }),
            }));
          if (review) patchReview(review);
          else
            void getReviewStateAction({ articleId: article.id }).then((next) => {
              if (next.ok) patchReview(next.data);
            });
        });
      }
      // Told politely, one sentence at most every 4 s: saves, pairing and article changes (not every mark or finding).
      const now = Date.now();
      if (now - lastLiveAnnouncement.current < 4000) return;
      const by = isolate(changes.find((c) => c.actor)?.actor?.name ?? t("live:announce.someone"));
      let message = "";
      if (changes.some((c) => c.kind === "structure")) message = t("live:announce.structure", { name: by });
      else if (changes.some((c) => c.kind === "article")) message = t("live:announce.article", { name: by });
      else if (paragraphIds.length > 0) {
        const changedRows = [...new Set(paragraphIds.flatMap((id) => latest.current.places.get(id)?.rowIndex ?? []))];
        message = changedRows.length === 1 ? t("live:announce.saved", { name: by, n: changedRows[0] + 1 }) : t("live:announce.changedRows", { name: by, count: changedRows.length });
      }
      if (message) {
        lastLiveAnnouncement.current = now;
        announce(message);
      }
    },
    [article.id, router, announce, t],
  );
  const currentRowId = rows[current]?.id ?? null;
  const editingHere = Boolean(rows[current]?.target.some((p) => editing.has(p.id)));
  const { others, lost } = useLive({ articleId: article.id, position: { rowId: currentRowId, editing: editingHere }, onChanges: onLiveChanges, onResync: () => router.refresh() });
  // "Sara is editing", "Omar and Lina are on this row": one label per row someone else is on.
  const rowPresence = useMemo(() => {
    const list = new Intl.ListFormat(i18n.language, { type: "conjunction" });
    const byRow = new Map<string, { editing: string[]; here: string[] }>();
    for (const person of others) {
      if (!person.rowId) continue;
      const entry = byRow.get(person.rowId) ?? { editing: [], here: [] };
      (person.editing ? entry.editing : entry.here).push(isolate(person.name));
      byRow.set(person.rowId, entry);
    }
    const labels = new Map<string, { text: string; editing: boolean }>();
    for (const [rowId, entry] of byRow) {
      const parts = [];
      if (entry.editing.length > 0) parts.push(t("live:row.editing", { names: list.format(entry.editing), count: entry.editing.length }));
      if (entry.here.length > 0) parts.push(t("live:row.here", { names: list.format(entry.here), count: entry.here.length }));
      labels.set(rowId, { text: parts.join(" · "), editing: entry.editing.length > 0 });
    }
    return labels;
  }, [others, t, i18n.language]);
  const rowNumberOf = useCallback((rowId: string) => {
    const index = latest.current.rows.findIndex((row) => row.id === rowId);
    return index < 0 ? null : index + 1;
  }, []);

  const failureText = useCallback((result: { ok: false; error: { code: string; message: string; params?: Record<string, unknown> } }) => errorText(result as never), [errorText]);

  // Stable handlers for the memoized rows: they read the latest state through a ref.
  const stepVisible = useCallback((from: number, direction: 1 | -1) => {
    const { visible } = latest.current;
    const position = visible.indexOf(from);
    if (position < 0) return visible.find((i) => (direction > 0 ? i > from : i < from)) ?? from;
    return visible[Math.max(0, Math.min(visible.length - 1, position + direction))];
  }, []);

  const openEditor = useCallback((paragraphId: string) => setEditing((open) => new Set(open).add(paragraphId)), []);
  const closeEditor = useCallback(
    (paragraphId: string, index?: number) => {
      setEditing((open) => {
        const next = new Set(open);
        next.delete(paragraphId);
        return next;
      });
      const rowIndex = index ?? latest.current.places.get(paragraphId)?.rowIndex;
      if (rowIndex !== undefined) {
        if (latest.current.drafts[paragraphId]) announce(t("workbench:live.draftKept", { n: rowIndex + 1 }));
        goToRow(rowIndex);
      }
    },
    [announce, goToRow, t],
  );

  const flagParagraph = useCallback(
    (index: number) => {
      const row = latest.current.rows[index];
      const paragraph = row?.target.find((p) => !p.excluded) ?? row?.source[0];
      if (!paragraph || !permissions.flag) return;
      // The words selected in this row if any, else the whole paragraph.
      const selected = window.getSelection();
      const element = selected && !selected.isCollapsed ? (selected.anchorNode?.parentElement?.closest("[data-paragraph-id]") as HTMLElement | null) : null;
      const selection = latest.current.selection;
      if (element && element.closest(`[data-row-index="${index}"]`) && selection && selection.paragraphId === element.dataset.paragraphId) {
        setSelection({ ...selection });
      } else {
        setSelection({ paragraphId: paragraph.id, side: paragraph.side, start: 0, end: paragraph.text.length, quote: paragraph.text, rowLabel: t("workbench:row.label", { n: index + 1 }) });
      }
    },
    [permissions.flag, t],
  );

  const handlers: RowHandlers = useMemo(
    () => ({
      setCurrent: (index) => {
        setCurrent(index);
        window.history.replaceState(null, "", `#row-${index + 1}`);
      },
      edit: (paragraphId) => permissions.edit && openEditor(paragraphId),
      closeEditor: (paragraphId) => closeEditor(paragraphId),
      getDraft: (paragraphId) => latest.current.drafts[paragraphId],
      draft: (paragraph, text, baseVersion) => setDraft(paragraph.id, text, baseVersion, paragraph.text),
      discard: (paragraphId) => clearDraft(paragraphId),
      step: (index, direction) => goToRow(stepVisible(index, direction)),
      save: async (paragraph, index, text, baseVersion, then): Promise<TSaveOutcome> => {
        const result = await saveParagraphAction({ paragraphId: paragraph.id, expectedVersion: baseVersion, text });
        if (!result.ok) {
          if (result.error.code === "paragraph.conflict") return { ok: false, conflict: result.error.details as { currentText: string; currentVersion: number } };
          return { ok: false, error: failureText(result) };
        }
        clearDraft(paragraph.id);
        applyReview(result.data.review, new Map([[paragraph.id, result.data.paragraph]]));
        setEditing((open) => {
          const next = new Set(open);
          next.delete(paragraph.id);
          return next;
        });
        announce(t("workbench:live.saved", { n: index + 1 }));
        if (then === "next") {
          const nextIndex = stepVisible(index, 1);
          const nextTarget = latest.current.rows[nextIndex]?.target.find((p) => !p.excluded);
          goToRow(nextIndex, !nextTarget);
          if (nextTarget && nextIndex !== index) openEditor(nextTarget.id);
        } else goToRow(index);
        return { ok: true };
      },
      toggleHistory: (paragraphId) =>
        setHistory((open) => {
          const next = new Set(open);
          if (next.has(paragraphId)) next.delete(paragraphId);
          else next.add(paragraphId);
          return next;
        }),
      toggleReviewed: (index) => {
        const row = latest.current.rows[index];
        if (!row || !permissions.review) return;
        const reviewed = !row.reviewed;
        // The tick shows at once; the server's answer confirms it (or it is taken back).
        setArticle((a) => ({ ...a, rows: a.rows.map((r) => (r.id === row.id ? { ...r, reviewed } : r)), reviewedCount: a.reviewedCount + (reviewed ? 1 : -1) }));
        void setRowReviewedAction({ rowId: row.id, reviewed }).then((result) => {
          if (result.ok) announce(t(reviewed ? "workbench:live.reviewed" : "workbench:live.unreviewed", { n: index + 1 }));
          else {
            setArticle((a) => ({ ...a, rows: a.rows.map((r) => (r.id === row.id ? { ...r, reviewed: !reviewed } : r)), reviewedCount: a.reviewedCount + (reviewed ? -1 : 1) }));
            setError(failureText(result));
          }
        });
      },
      exclude: (paragraph, index, excluded) => {
        void setParagraphExcludedAction({ paragraphId: paragraph.id, excluded, expectedVersion: paragraph.version }).then((result) => {
          if (!result.ok) {
            setError(failureText(result));
            return;
          }
          applyReview(result.data.review, new Map([[paragraph.id, result.data.paragraph]]));
          announce(t(excluded ? "workbench:live.excluded" : "workbench:live.restored", { n: index + 1 }));
          goToRow(index);
        });
      },
      select: (next) => (permissions.flag ? setSelection(next) : undefined),
      flagParagraph,
      showFindings: (index) => {
        setFindingRow(index);
        const first = latest.current.openFindings.find((f) => latest.current.places.get(f.paragraphId)?.rowIndex === index);
        if (first) setCurrentFindingId(first.id);
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-finding-id="${first?.id}"] .row-link`)?.focus());
      },
      move: (paragraphId, direction) => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "move", paragraphId, direction } }), () => router.refresh()),
      merge: (rowId) => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "merge", rowId } }), () => router.refresh()),
      split: (rowId) => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "split", rowId } }), () => router.refresh()),
    }),
    // latest.current carries the changing state; these dependencies are stable functions and ids.
    [permissions, openEditor, closeEditor, setDraft, clearDraft, goToRow, stepVisible, applyReview, announce, failureText, flagParagraph, run, article.id, router, setError, t],
  );

  const findingHandlers: FindingsPanelHandlers = useMemo(
    () => ({
      select: (finding) => {
        setCurrentFindingId(finding.id);
        const index = latest.current.places.get(finding.paragraphId)?.rowIndex;
        if (index !== undefined) goToRow(index);
      },
      apply: async (finding, everywhere) => {
        const index = latest.current.places.get(finding.paragraphId)?.rowIndex ?? 0;
        const result = await applySuggestionAction({ findingId: finding.id, everywhere });
        if (!result.ok) {
          setError(failureText(result));
          return false;
        }
        applyReview(result.data.review, new Map(result.data.paragraphs.map((p) => [p.id, p])));
        announce(
          everywhere
            ? t("workbench:live.appliedAll", { count: result.data.changedParagraphs })
            : result.data.excludedParagraphs > 0
              ? t("workbench:live.excluded", { n: index + 1 })
              : t("workbench:live.applied", { n: index + 1 }),
        );
        goToRow(index);
        return true;
      },
      decide: async (finding, decision, reason) => {
        const result = await decideFindingAction({ findingId: finding.id, decision, reason });
        if (!result.ok) {
          setError(failureText(result));
          return false;
        }
        applyReview(result.data.review);
        announce(t(`workbench:live.decided.${decision}`));
        return true;
      },
      applyAllCount: (finding) =>
        countParagraphsWithWord(
          latest.current.rows.flatMap((r) => r.target.filter((p) => !p.excluded).map((p) => p.text)),
          finding.text,
        ),
      clearRowFilter: () => setFindingRow(null),
      dismissDone: () => {
        setDismissingId(null);
        goToRow(latest.current.current);
      },
    }),
    [goToRow, applyReview, announce, failureText, setError, t],
  );

  // The keyboard: one handler for the whole page, silent while typing in a field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const { rows, current, openFindings } = latest.current;
      const onRow = event.target instanceof HTMLElement && event.target.matches("[data-row-index]");
      const onPage = event.target === document.body || onRow;
      const row = rows[current];
      const currentFinding = openFindings.find((f) => f.id === currentFindingId) ?? null;
      const key = event.key;
      const stepFinding = (direction: 1 | -1) => {
        if (openFindings.length === 0) return;
        const at = currentFinding ? openFindings.indexOf(currentFinding) : -1;
        let next = at + direction;
        if (at < 0) {
          // From the current row: the first finding at or after it (or before it, going back).
          next = direction > 0 ? openFindings.findIndex((f) => (places.get(f.paragraphId)?.rowIndex ?? 0) >= current) : openFindings.findLastIndex((f) => (places.get(f.paragraphId)?.rowIndex ?? 0) <= current);
          if (next < 0) next = direction > 0 ? 0 : openFindings.length - 1;
        }
        const finding = openFindings[(next + openFindings.length) % openFindings.length];
        setCurrentFindingId(finding.id);
        const index = places.get(finding.paragraphId)?.rowIndex ?? current;
        goToRow(index);
        announce(t("workbench:live.finding", { n: index + 1, position: openFindings.indexOf(finding) + 1, total: openFindings.length, message: findingMessage(finding) }));
      };
      let handled = true;
      if ((key === "ArrowDown" || key === "j") && onPage) goToRow(stepVisible(current, 1));
      else if ((key === "ArrowUp" || key === "k") && onPage) goToRow(stepVisible(current, -1));
      else if (key === "Home" && onRow) goToRow(latest.current.visible[0] ?? 0);
      else if (key === "End" && onRow) goToRow(latest.current.visible.at(-1) ?? rowCount - 1);
      else if ((key === "Enter" && onRow) || key === "e") {
        const target = row?.target.find((p) => !p.excluded);
        if (target && permissions.edit) openEditor(target.id);
        else handled = false;
      } else if (key === "r") handlers.toggleReviewed(current);
      else if (key === "f") flagParagraph(current);
      else if (key === "x") {
        const target = row?.target[0];
        if (target && permissions.edit) handlers.exclude(target, current, !target.excluded);
      } else if (key === "h") {
        const target = row?.target[0];
        if (target) handlers.toggleHistory(target.id);
      } else if (key === "n") stepFinding(1);
      else if (key === "p" || key === "N") stepFinding(-1);
      else if (key === "a" && currentFinding && currentFinding.suggestion !== null && permissions.apply) void findingHandlers.apply(currentFinding, false);
      else if (key === "c" && currentFinding && permissions.decide) void findingHandlers.decide(currentFinding, "accepted");
      else if (key === "d" && currentFinding && permissions.decide) setDismissingId(currentFinding.id);
      else if (key === "?") setHelpOpen(true);
      else if (key === "/") document.getElementById("row-filter")?.focus();
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [currentFindingId, goToRow, stepVisible, openEditor, flagParagraph, handlers, findingHandlers, permissions, places, announce, findingMessage, rowCount, t]);

  const showParagraph = useCallback(
    (paragraphId: string) => {
      const index = places.get(paragraphId)?.rowIndex;
      if (index !== undefined) goToRow(index);
    },
    [places, goToRow],
  );

  const selectionSide = selection?.side === "source" ? { lang: article.sourceLang, dir: languages.sourceDir } : { lang: article.targetLang, dir: languages.targetDir };
  const currentMarkRow = currentFindingId ? places.get(openFindings.find((f) => f.id === currentFindingId)?.paragraphId ?? "")?.rowIndex : undefined;

  const renderRow = (index: number) => {
    const row = rows[index];
    const ids = [...row.source, ...row.target].map((p) => p.id);
    return (
      <RowView
        key={row.id}
        row={row}
        index={index}
        rowCount={rowCount}
        current={index === current}
        decor={decors[index]}
        editing={ids.filter((id) => editing.has(id)).join(" ")}
        history={ids.filter((id) => history.has(id)).join(" ")}
        drafts={ids.filter((id) => drafts[id]).join(" ")}
        currentMarkId={currentMarkRow === index ? currentFindingId : null}
        presence={rowPresence.get(row.id)?.text}
        presenceEditing={rowPresence.get(row.id)?.editing}
        pending={pending}
        languages={languages}
        permissions={permissions}
        handlers={handlers}
      />
    );
  };

  return (
    <div className="review">
      <nav className="skip-links" aria-label={t("workbench:skip.label")}>
        <a href="#rows" className="skip-link" onClick={(e) => { e.preventDefault(); goToRow(current); }}>{t("workbench:skip.rows")}</a>
        <a href="#findings" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById("findings-heading")?.setAttribute("tabindex", "-1"); document.getElementById("findings-heading")?.focus(); }}>{t("workbench:skip.findings")}</a>
      </nav>
      <header className="review-header">
        <h1 dir="auto" lang={article.targetLang}>{article.title}</h1>
        <div className="review-meta">
          <span>{t("common:languagePair", { source: languages.sourceName, target: languages.targetName })}</span>
          <span className={`badge status-${article.status}`} data-testid="article-status">{t(`common:status.${article.status}`)}</span>
          <span data-testid="progress">
            <progress max={rowCount} value={reviewedCount} aria-hidden="true" /> {t("review:progress", { reviewed: reviewedCount, total: rowCount })}
          </span>
          <ScoreBadge score={article.score} t={t} />
        </div>
        <PresenceBar others={others} rowNumberOf={rowNumberOf} />
        {lost ? <p className="hint live-lost" role="status">{t("live:connection.lost")}</p> : null}
        <div className="review-tools">
          <ExportMenu articleId={article.id} targetLang={article.targetLang} />
          {(permissions.transition ? (NEXT_STATUS[article.status] ?? []) : []).map((status) =>
            status === "approved" ? (
              <button key={status} type="button" disabled={pending} onClick={() => setApprovalOpen(true)} aria-haspopup="dialog">
                {t("review:statusAction.approved")}
              </button>
            ) : (
              <button key={status} type="button" className="secondary" disabled={pending} onClick={() => run(() => updateArticleStatusAction({ articleId: article.id, status }), () => router.refresh())}>
                {t(`review:statusAction.${status}`)}
              </button>
            ),
          )}
          <button type="button" className="secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?" aria-haspopup="dialog">{t("workbench:shortcuts.button")}</button>
          <details className="more-menu">
            <summary>{t("workbench:more")}</summary>
            <div className="more-menu-body">
              {permissions.repair ? (
                <button type="button" className="secondary" disabled={pending} onClick={() => run(() => repairRowsAction({ articleId: article.id, repair: { kind: "realign" } }), () => router.refresh())}>
                  {t("review:realign")}
                </button>
              ) : null}
              {permissions.settings ? (
                <form
                  className="threshold-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    run(() => updateThresholdAction({ articleId: article.id, threshold: Number(threshold) }), () => router.refresh());
                  }}
                >
                  <label htmlFor="threshold">{t("review:threshold.label")}</label>
                  <input id="threshold" type="number" min={0} max={100} step={0.1} value={threshold} onChange={(e) => setThreshold(e.target.value)} aria-describedby="threshold-hint" />
                  <button type="submit" className="secondary" disabled={pending}>{t("review:threshold.save")}</button>
                  <span className="hint" id="threshold-hint">{t("review:threshold.hint")}</span>
                </form>
              ) : null}
              {permissions.assign ? <AssignForm article={article} users={users} /> : <AssignedTo article={article} />}
              <a href={`/articles/${article.id}/audit`}>{t("review:auditLink")}</a>
              {permissions.delete ? <DeleteArticle articleId={article.id} title={article.title} /> : null}
            </div>
          </details>
        </div>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        {storageFailed ? <p className="form-error" role="alert">{t("workbench:draftsNotStored")}</p> : null}
        {article.qaState === "running" ? <p className="hint" data-testid="qa-state">{t("workbench:qa.running")}</p> : null}
        {article.qaState === "timed-out" || article.qaState === "failed" ? (
          <p className="form-error" role="alert" data-testid="qa-state">
            {t(article.qaState === "timed-out" ? "workbench:qa.timedOut" : "workbench:qa.failed")}{" "}
            {permissions.decide ? (
              <button type="button" className="secondary" disabled={pending} onClick={() => run(() => recheckArticleAction({ articleId: article.id }), (review) => applyReview(review))}>
                {t("workbench:qa.recheck")}
              </button>
            ) : null}
          </p>
        ) : null}
      </header>
      <div className="workbench">
        <div className="rows-column">
          <div className="row-filters">
            <label htmlFor="row-filter">{t("workbench:filter.label")}</label>
            <select
              id="row-filter"
              value={filter}
              onChange={(e) => {
                const next = e.target.value as TRowFilter;
                setFilter(next);
                announce(t("workbench:live.filtered", { count: filterCounts[next] }));
              }}
              aria-keyshortcuts="/"
            >
              {ROW_FILTERS.map((f) => (
                <option key={f} value={f}>{t(`workbench:filter.${f}`, { count: filterCounts[f] })}</option>
              ))}
            </select>
            {unsaved > 0 ? <span className="badge draft">{t("workbench:unsaved", { count: unsaved })}</span> : null}
          </div>
          <div className="row row-headings" aria-hidden="true">
            <div className="row-number">#</div>
            <div className="pane" lang={article.sourceLang}>{languages.sourceName}</div>
            <div className="pane">{languages.targetName}</div>
            <div className="row-status" />
          </div>
          {visible.length === 0 ? <p className="hint">{t("workbench:filter.none")}</p> : null}
          <div className="rows" role="list" aria-label={t("workbench:rowsLabel", { count: visible.length, total: rowCount })} id="rows" ref={listRef}>
            {windowed ? (
              <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
                {virtualizer.getVirtualItems().map((item) => (
                  <div
                    key={item.key}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    className="row-slot"
                    style={{ position: "absolute", top: 0, insetInlineStart: 0, width: "100%", transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
                  >
                    {renderRow(visible[item.index])}
                  </div>
                ))}
              </div>
            ) : (
              visible.map(renderRow)
            )}
          </div>
        </div>
        <aside className="side-panel" aria-label={t("review:sidePanel")}>
          {selection && permissions.flag ? (
            <FlagIssueForm
              key={`${selection.paragraphId}-${selection.start}-${selection.end}`}
              selection={selection}
              lang={selectionSide.lang}
              dir={selectionSide.dir}
              onDone={(review) => {
                setSelection(null);
                const index = places.get(selection.paragraphId)?.rowIndex;
                if (review) {
                  applyReview(review);
                  if (index !== undefined) announce(t("workbench:live.flagged", { n: index + 1 }));
                }
                if (index !== undefined) goToRow(index);
              }}
            />
          ) : permissions.flag ? (
            <p className="hint panel">{t("workbench:flagHint")}</p>
          ) : null}
          <FindingsPanel
            findings={article.findings}
            places={places}
            permissions={permissions}
            currentFindingId={currentFindingId}
            dismissingId={dismissingId}
            rowFilter={findingRow}
            handlers={findingHandlers}
          />
          <IssuesPanel permissions={permissions} locked={article.status === "approved" || article.status === "published"} issues={article.issues} sourceLang={article.sourceLang} targetLang={article.targetLang} sourceDir={languages.sourceDir} targetDir={languages.targetDir} onShow={showParagraph} />
        </aside>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">{announcement}</p>
      <ShortcutSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
      {approvalOpen ? <ApprovalDialog articleId={article.id} open={approvalOpen} onClose={() => setApprovalOpen(false)} onApproved={() => router.refresh()} /> : null}
    </div>
  );
}
