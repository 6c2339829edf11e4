"use client";

import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { deleteArticleAction } from "../actions";
import { useActionRunner } from "./use-action-runner";

/**
 * "Delete article…" for administrators: a native modal dialog names the article and says what goes with it (rows,
 * history, issues) and what stays (the audit trail). It opens on Cancel, so a stray Enter deletes nothing; Esc or
 * Cancel closes it; focus returns to the opener.
 */
export function DeleteArticle({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useTranslation("review");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const { run, pending, error } = useActionRunner();
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="secondary danger"
        onClick={() => {
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {t("delete.open")}
      </button>
      <dialog ref={dialog} aria-labelledby={headingId} className="approval-dialog confirm-dialog" onClose={() => opener.current?.focus()}>
        <h2 id={headingId}>{t("delete.title")}</h2>
        <p>
          {t("delete.body")} <bdi>{title}</bdi>
        </p>
        <p className="hint">{t("delete.stays")}</p>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <div className="dialog-actions">
          <button type="button" className="danger" disabled={pending} onClick={() => run(() => deleteArticleAction({ articleId }), () => router.push(`/?deleted=${encodeURIComponent(title)}`))}>
            {t("delete.confirm")}
          </button>
          <button ref={cancel} type="button" className="secondary" onClick={close}>
            {t("delete.cancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
