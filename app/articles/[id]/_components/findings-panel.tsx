"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFindingDto } from "@/lib/server/article/get-article-review";
import { findingPreview } from "@/lib/review/finding-preview";
import { SEVERITIES } from "@/lib/qa/mqm";
import type { TPermissions } from "./workbench";
import { NameFindingEvidence } from "@/app/names/_components/name-finding-evidence";
import { appendTo } from "@/lib/review/append-to";

/** Translated finding message, falling back to the check's English text. */
export function useFindingMessage() {
  const { t } = useTranslation(["qa"]);
  // Stable between renders, so the review page's highlight computation is not redone on every keystroke.
  return useCallback((f: Pick<TFindingDto, "messageKey" | "params" | "message">) => t(f.messageKey, { ...f.params, defaultValue: f.message }), [t]);
}

/** Findings of one check listed before "show more" (N and P still reach every one). */
const GROUP_PAGE = 40;

/** Checks whose suggestion may be applied to every paragraph at once (a spelling chosen for the whole article). */
export const APPLY_ALL_CHECKS = new Set(["name-consistency", "name-authority", "glossary"]);

/** What the panel needs to know about the paragraph a finding is on. */
export interface TFindingPlace {
  rowIndex: number;
  text: string;
  lang: string;
  dir: "rtl" | "ltr";
}

export interface FindingsPanelHandlers {
  select: (finding: TFindingDto) => void;
  apply: (finding: TFindingDto, everywhere: boolean) => Promise<boolean>;
  decide: (finding: TFindingDto, decision: "accepted" | "dismissed" | "undo", reason?: string) => Promise<boolean>;
  /** How many translation paragraphs "apply to all" would change. */
  applyAllCount: (finding: TFindingDto) => number;
  clearRowFilter: () => void;
  dismissDone: () => void;
}

function Preview({ finding, place }: { finding: TFindingDto; place: TFindingPlace }) {
  const { t } = useTranslation(["workbench"]);
  const preview = findingPreview(place.text, finding.start, finding.end, finding.suggestion, place.lang);
  const wholeParagraph = finding.start === 0 && finding.end >= place.text.length;
  if (finding.suggestion === "" && wholeParagraph) {
    return (
      <p className="preview">
        <span className="preview-label">{t("workbench:findings.previewExclude")}</span>
      </p>
    );
  }
  // The label follows the interface direction; the sentence keeps its own language and direction.
  return (
    <div className="preview">
      <p>
        <span className="preview-label">{t("workbench:findings.before")}</span>{" "}
        <span lang={place.lang} dir={place.dir}>
          {preview.clippedStart ? "… " : ""}
          {preview.before}
          <del>{preview.flagged}</del>
          {preview.after}
          {preview.clippedEnd ? " …" : ""}
        </span>
      </p>
      {preview.replacement !== null ? (
        <p>
          <span className="preview-label">{t("workbench:findings.after")}</span>{" "}
          <span lang={place.lang} dir={place.dir}>
            {preview.clippedStart ? "… " : ""}
            {preview.before}
            {preview.replacement ? <ins>{preview.replacement}</ins> : null}
            {preview.after}
            {preview.clippedEnd ? " …" : ""}
          </span>
        </p>
      ) : null}
    </div>
  );
}

const FindingCard = memo(function FindingCard({
  finding,
  place,
  current,
  dismissing,
  permissions,
  handlers,
}: {
  finding: TFindingDto;
  place: TFindingPlace | undefined;
  current: boolean;
  dismissing: boolean;
  permissions: TPermissions;
  handlers: FindingsPanelHandlers;
}) {
  const { t } = useTranslation(["workbench", "review", "common", "qa"]);
  const message = useFindingMessage();
  const [reason, setReason] = useState("");
  const [showReason, setShowReason] = useState(false);
  const [confirmAll, setConfirmAll] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLLIElement>(null);
  const open = showReason || dismissing;

  useEffect(() => {
    if (dismissing) reasonRef.current?.focus();
  }, [dismissing]);
  useEffect(() => {
    if (current) cardRef.current?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const run = async (body: () => Promise<boolean>) => {
    setPending(true);
    const ok = await body();
    setPending(false);
    return ok;
  };
  const n = place ? place.rowIndex + 1 : 0;
  const canApply = finding.suggestion !== null && finding.side === "target" && permissions.apply && !finding.decision;
  return (
    <li ref={cardRef} className={`finding severity-${finding.severity}${finding.decision ? " decided" : ""}${current ? " current" : ""}`} data-finding-id={finding.id} aria-current={current ? "true" : undefined}>
      <div className="issue-head">
        <button type="button" className="link row-link" onClick={() => handlers.select(finding)}>
          {t("workbench:findings.row", { n })}
        </button>
        <span className={`badge severity-${finding.severity}`}>{t(`common:severity.${finding.severity}`)}</span>
        {finding.decision ? <span className="badge">{t(`review:findings.decision.${finding.decision}`)}</span> : null}
      </div>
      <p>{message(finding)}</p>
      {place ? <Preview finding={finding} place={place} /> : null}
      {finding.check === "name-authority" && place ? <NameFindingEvidence messageKey={finding.messageKey} params={finding.params} lang={place.lang} dir={place.dir} /> : null}
      {finding.decisionReason ? <p className="hint"><bdi>{t("review:findings.reason", { reason: finding.decisionReason })}</bdi></p> : null}
      <div className="editor-actions">
        {!permissions.decide ? null : finding.decision ? (
          <button type="button" className="secondary" disabled={pending} onClick={() => void run(() => handlers.decide(finding, "undo"))}>
            {t("review:findings.undo")}
          </button>
        ) : (
          <>
            {canApply ? (
              <button type="button" disabled={pending} onClick={() => void run(() => handlers.apply(finding, false))} aria-keyshortcuts={current ? "A" : undefined}>
                {finding.suggestion === "" && place && finding.start === 0 && finding.end >= place.text.length ? t("workbench:findings.applyExclude") : t("review:findings.apply")}
              </button>
            ) : null}
            {canApply && finding.suggestion !== "" && APPLY_ALL_CHECKS.has(finding.check) ? (
              <button type="button" className="secondary" disabled={pending} onClick={() => setConfirmAll(handlers.applyAllCount(finding))}>
                {t("review:findings.applyAll")}
              </button>
            ) : null}
            <button type="button" className="secondary" disabled={pending} onClick={() => void run(() => handlers.decide(finding, "accepted"))} aria-keyshortcuts={current ? "C" : undefined}>
              {t("review:findings.accept")}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={() => setShowReason((d) => !d)} aria-expanded={open} aria-keyshortcuts={current ? "D" : undefined}>
              {t("review:findings.dismiss")}
            </button>
          </>
        )}
      </div>
      {confirmAll !== null ? (
        <div className="confirm-all" role="group" aria-label={t("review:findings.applyAll")}>
          <p>
            {t("workbench:findings.applyAllConfirm", { count: confirmAll })}{" "}
            <q lang={place?.lang} dir={place?.dir}>{finding.text}</q> → <q lang={place?.lang} dir={place?.dir}>{finding.suggestion}</q>
          </p>
          <div className="editor-actions">
            <button
              type="button"
              disabled={pending || confirmAll === 0}
              autoFocus
              onClick={() => void run(() => handlers.apply(finding, true)).then((ok) => ok && setConfirmAll(null))}
            >
              {t("workbench:findings.applyAllDo", { count: confirmAll })}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmAll(null)}>{t("workbench:findings.cancel")}</button>
          </div>
        </div>
      ) : null}
      {open && !finding.decision ? (
        <form
          className="reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => handlers.decide(finding, "dismissed", reason)).then((ok) => {
              if (ok) {
                setShowReason(false);
                handlers.dismissDone();
              }
            });
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              setShowReason(false);
              handlers.dismissDone();
            }
          }}
        >
          <label className="visually-hidden" htmlFor={`reason-${finding.id}`}>{t("review:findings.reasonLabel")}</label>
          <input ref={reasonRef} id={`reason-${finding.id}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("review:findings.reasonLabel")} dir="auto" maxLength={1000} />
          <button type="submit" className="secondary" disabled={pending || !reason.trim()}>{t("review:findings.confirmDismiss")}</button>
        </form>
      ) : null}
    </li>
  );
});

/**
 * The QA findings as a worklist: grouped by check with counts, filterable by check, severity and row, each card
 * naming its row and showing the sentence before → after its suggestion.
 */
export function FindingsPanel({
  findings,
  places,
  permissions,
  currentFindingId,
  dismissingId,
  rowFilter,
  handlers,
}: {
  findings: TFindingDto[];
  places: ReadonlyMap<string, TFindingPlace>;
  permissions: TPermissions;
  currentFindingId: string | null;
  dismissingId: string | null;
  /** Only this row's findings (the row badge sets it), or null. */
  rowFilter: number | null;
  handlers: FindingsPanelHandlers;
}) {
  const { t } = useTranslation(["workbench", "review", "common", "qa"]);
  const [showDecided, setShowDecided] = useState(false);
  const [check, setCheck] = useState("all");
  const [severity, setSeverity] = useState("all");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const open = findings.filter((f) => !f.decision);
  const checks = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of open) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [open]);
  const shown = (showDecided ? findings : open).filter(
    (f) => (check === "all" || f.check === check) && (severity === "all" || f.severity === severity) && (rowFilter === null || places.get(f.paragraphId)?.rowIndex === rowFilter),
  );
  const groups = new Map<string, TFindingDto[]>();
  for (const f of shown) appendTo(groups, f.check, f);
  const order = (f: TFindingDto) => (places.get(f.paragraphId)?.rowIndex ?? 0) * 1e6 + (f.side === "source" ? 0 : 5e5) + f.start;
  return (
    <section className="panel findings-panel" aria-labelledby="findings-heading" id="findings">
      <h2 id="findings-heading">{t("workbench:findings.title", { count: open.length })}</h2>
      <div className="panel-filters">
        <label>
          <span>{t("workbench:findings.check")}</span>
          <select value={check} onChange={(e) => setCheck(e.target.value)}>
            <option value="all">{t("workbench:findings.allChecks", { count: open.length })}</option>
            {checks.map(([id, count]) => (
              <option key={id} value={id}>{t("workbench:findings.checkOption", { check: t(`qa:checks.${id}`), count })}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("workbench:findings.severity")}</span>
          <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="all">{t("workbench:findings.allSeverities")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>{t(`common:severity.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={showDecided} onChange={(e) => setShowDecided(e.target.checked)} />
          <span>{t("review:findings.showDecided")}</span>
        </label>
      </div>
      {rowFilter !== null ? (
        <p className="row-filter-note">
          {t("workbench:findings.onlyRow", { n: rowFilter + 1 })}{" "}
          <button type="button" className="link" onClick={handlers.clearRowFilter}>{t("workbench:findings.allRows")}</button>
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="hint">{open.length === 0 ? t("review:findings.empty") : t("workbench:findings.noneMatch")}</p>
      ) : (
        [...groups.entries()].map(([id, items]) => {
          const sorted = [...items].sort((a, b) => order(a) - order(b));
          // A long article can have hundreds of findings of one check: list the first ones (and the current one).
          const currentAt = sorted.findIndex((f) => f.id === currentFindingId || f.id === dismissingId);
          const limit = expanded.has(id) ? sorted.length : Math.max(GROUP_PAGE, currentAt + 1);
          return (
            <details key={id} className="finding-group" open>
              <summary>
                <h3>{t("workbench:findings.group", { check: t(`qa:checks.${id}`), count: items.length })}</h3>
              </summary>
              <ul className="issue-list">
                {sorted.slice(0, limit).map((f) => (
                  <FindingCard key={f.id} finding={f} place={places.get(f.paragraphId)} current={f.id === currentFindingId} dismissing={f.id === dismissingId} permissions={permissions} handlers={handlers} />
                ))}
              </ul>
              {sorted.length > limit ? (
                <button type="button" className="link" onClick={() => setExpanded((open) => new Set(open).add(id))}>
                  {t("workbench:findings.showMore", { count: sorted.length - limit })}
                </button>
              ) : null}
            </details>
          );
        })
      )}
    </section>
  );
}
