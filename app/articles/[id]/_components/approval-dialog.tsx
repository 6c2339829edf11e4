"use client";

import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { getApprovalChecklistAction, updateArticleStatusAction } from "../actions";
import { useActionErrorText } from "@/app/_components/use-action-message";
import type { TApprovalChecklist, TChecklistIssue, TChecklistItem, TChecklistState } from "@/lib/server/article/get-approval-checklist";

const STATE_ICON: Record<TChecklistState, string> = { ok: "✓", warn: "⚠", block: "✕" };

/** One line of the checklist: a symbol and a state word (never colour alone), the message, and what it names. */
function ChecklistLine({ item }: { item: TChecklistItem }) {
  const { t } = useTranslation(["review", "common"]);
  const issueLine = (issue: TChecklistIssue) =>
    issue.dismissedBy !== null
      ? t("review:approval.dismissedIssue", {
          row: issue.row ?? "–",
          severity: t(`common:severity.${issue.severity}`),
          quote: issue.quote,
          author: issue.authorName,
          by: issue.dismissedBy,
          reason: issue.reason ?? t("review:approval.noReason"),
        })
      : t("review:approval.openIssue", { row: issue.row ?? "–", severity: t(`common:severity.${issue.severity}`), quote: issue.quote, author: issue.authorName });
  return (
    <li className={`checklist-item checklist-${item.state}`} data-code={item.code} data-state={item.state}>
      <span className="checklist-state">
        <span aria-hidden="true">{STATE_ICON[item.state]}</span> {t(`review:approval.state.${item.state}`)}
      </span>{" "}
      <span className="checklist-text">{t(`review:approval.items.${item.code}.${item.state}`, item.params)}</span>
      {item.rows && item.rows.length > 0 ? <p className="hint">{t("review:approval.rowList", { rows: item.rows.join(", ") })}</p> : null}
      {item.issues && item.issues.length > 0 ? (
        <ul className="checklist-issues">
          {item.issues.map((issue) => (
            <li key={issue.id} dir="auto">
              {issueLine(issue)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The approval dialog: loads the approval checklist, shows each item as ok / warning / blocks with a symbol and a
 * word, says what blocks, and approves: "Approve" when all is in order (disabled while something blocks), or
 * "Approve anyway" when there are warnings (sent with acknowledgeWarnings). A native modal <dialog>: Esc closes it,
 * focus moves into it on open and back to the opener on close.
 */
export function ApprovalDialog({ articleId, open, onClose, onApproved }: { articleId: string; open: boolean; onClose: () => void; onApproved?: () => void }) {
  const { t } = useTranslation(["review", "common"]);
  const errorText = useActionErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const summaryId = useId();
  const [checklist, setChecklist] = useState<TApprovalChecklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [approving, startApproving] = useTransition();

  const load = useCallback(() => {
    setError(null);
    startLoading(async () => {
      const result = await getApprovalChecklistAction({ articleId });
      if (result.ok) setChecklist(result.data);
      else setError(errorText(result));
    });
  }, [articleId, errorText]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      setChecklist(null);
      element.showModal();
      heading.current?.focus();
      load();
    }
    if (!open && element.open) element.close();
  }, [open, load]);

  const close = () => {
    if (dialog.current?.open) dialog.current.close();
    else onClose();
  };
  const restoreFocus = () => {
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    onClose();
  };

  const approve = () => {
    if (!checklist || checklist.blocked) return;
    setError(null);
    startApproving(async () => {
      const result = await updateArticleStatusAction({ articleId, status: "approved", acknowledgeWarnings: checklist.hasWarnings });
      if (result.ok) {
        onApproved?.();
        close();
        return;
      }
      // The article changed since the checklist was loaded: show the fresh items with the refusal.
      const items = result.error.details?.items as TChecklistItem[] | undefined;
      if (items) setChecklist({ ...checklist, items, blocked: items.some((i) => i.state === "block"), hasWarnings: items.some((i) => i.state === "warn") });
      setError(errorText(result));
    });
  };

  const summary = !checklist
    ? null
    : checklist.blocked
      ? t("review:approval.summary.blocked")
      : checklist.hasWarnings
        ? t("review:approval.summary.warnings")
        : t("review:approval.summary.ok");

  return (
    <dialog ref={dialog} className="approval-dialog" aria-labelledby={titleId} aria-describedby={summaryId} onClose={restoreFocus}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>{t("review:approval.title")}</h2>
      <p id={summaryId} className={checklist?.blocked ? "form-error" : "hint"} role="status">
        {loading && !checklist ? t("review:approval.loading") : summary}
      </p>
      {checklist ? (
        <ul className="checklist" aria-label={t("review:approval.listLabel")}>
          {checklist.items.map((item) => (
            <ChecklistLine key={item.code} item={item} />
          ))}
        </ul>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="editor-actions">
        {checklist && checklist.hasWarnings && !checklist.blocked ? (
          <button type="button" onClick={approve} disabled={approving || loading}>
            {t("review:approval.approveAnyway")}
          </button>
        ) : (
          <button type="button" onClick={approve} disabled={!checklist || checklist.blocked || approving || loading} aria-describedby={summaryId}>
            {t("review:approval.approve")}
          </button>
        )}
        <button type="button" className="secondary" onClick={close}>
          {t("review:approval.cancel")}
        </button>
      </div>
    </dialog>
  );
}
