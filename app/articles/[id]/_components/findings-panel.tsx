"use client";

import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { applySuggestionAction, decideFindingAction } from "../actions";
import { useActionRunner } from "./use-action-runner";
import type { TFindingDto } from "@/lib/server/article/get-article-review";
import type { TPermissions } from "./workbench";

/** Translated finding message, falling back to the check's English text. */
export function useFindingMessage() {
  const { t } = useTranslation(["qa"]);
  // Stable between renders, so the review page's highlight computation is not redone on every keystroke.
  return useCallback((f: Pick<TFindingDto, "messageKey" | "params" | "message">) => t(f.messageKey, { ...f.params, defaultValue: f.message }), [t]);
}

function FindingItem({ finding, lang, dir, onShow, permissions }: { finding: TFindingDto; lang: string; dir: "rtl" | "ltr"; onShow: (paragraphId: string) => void; permissions: TPermissions }) {
  const { t } = useTranslation(["review", "common", "qa"]);
  const message = useFindingMessage();
  const [reason, setReason] = useState("");
  const [dismissing, setDismissing] = useState(false);
  const { run, pending, error } = useActionRunner();
  return (
    <li className={`finding severity-${finding.severity}${finding.decision ? " decided" : ""}`} aria-label={t("review:findings.itemLabel", { check: t(`qa:checks.${finding.check}`) })}>
      <div className="issue-head">
        <span className={`badge severity-${finding.severity}`}>{t(`common:severity.${finding.severity}`)}</span>
        <span className="badge">{t(`qa:checks.${finding.check}`)}</span>
        {finding.decision ? <span className="badge">{t(`review:findings.decision.${finding.decision}`)}</span> : null}
      </div>
      <p>{message(finding)}</p>
      <button type="button" className="link quote" onClick={() => onShow(finding.paragraphId)}>
        <q lang={lang} dir={dir}>{finding.text}</q>
      </button>
      {finding.suggestion !== null ? (
        <p className="suggestion">
          {finding.suggestion === "" ? t("review:findings.suggestDelete") : (
            <>
              {t("review:findings.suggestion")} <q lang={lang} dir={dir}>{finding.suggestion}</q>
            </>
          )}
        </p>
      ) : null}
      {finding.decisionReason ? <p className="hint" dir="auto">{t("review:findings.reason", { reason: finding.decisionReason })}</p> : null}
      <div className="editor-actions">
        {!permissions.decide ? null : finding.decision ? (
          <button type="button" className="secondary" disabled={pending} onClick={() => run(() => decideFindingAction({ findingId: finding.id, decision: "undo" }))}>
            {t("review:findings.undo")}
          </button>
        ) : (
          <>
            {finding.suggestion !== null && finding.side === "target" && permissions.apply ? (
              <>
                <button type="button" disabled={pending} onClick={() => run(() => applySuggestionAction({ findingId: finding.id, everywhere: false }))}>
                  {t("review:findings.apply")}
                </button>
                {finding.suggestion !== "" && (finding.check === "name-consistency" || finding.check === "glossary") ? (
                  <button type="button" className="secondary" disabled={pending} onClick={() => run(() => applySuggestionAction({ findingId: finding.id, everywhere: true }))}>
                    {t("review:findings.applyAll")}
                  </button>
                ) : null}
              </>
            ) : null}
            <button type="button" className="secondary" disabled={pending} onClick={() => run(() => decideFindingAction({ findingId: finding.id, decision: "accepted" }))}>
              {t("review:findings.accept")}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={() => setDismissing((d) => !d)} aria-expanded={dismissing}>
              {t("review:findings.dismiss")}
            </button>
          </>
        )}
      </div>
      {dismissing && !finding.decision ? (
        <form
          className="reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => decideFindingAction({ findingId: finding.id, decision: "dismissed", reason }), () => setDismissing(false));
          }}
        >
          <label className="visually-hidden" htmlFor={`reason-${finding.id}`}>{t("review:findings.reasonLabel")}</label>
          <input id={`reason-${finding.id}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("review:findings.reasonLabel")} dir="auto" maxLength={1000} />
          <button type="submit" className="secondary" disabled={pending || !reason.trim()}>{t("review:findings.confirmDismiss")}</button>
        </form>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </li>
  );
}

/** Automatic QA findings with apply / accept / dismiss. */
export function FindingsPanel({ permissions, findings, sourceLang, targetLang, sourceDir, targetDir, onShow }: { permissions: TPermissions; findings: TFindingDto[]; sourceLang: string; targetLang: string; sourceDir: "rtl" | "ltr"; targetDir: "rtl" | "ltr"; onShow: (paragraphId: string) => void }) {
  const { t } = useTranslation(["review"]);
  const [showDecided, setShowDecided] = useState(false);
  const open = findings.filter((f) => !f.decision);
  const shown = showDecided ? findings : open;
  return (
    <section className="panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t("review:findings.title", { count: open.length })}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={showDecided} onChange={(e) => setShowDecided(e.target.checked)} />
        <span>{t("review:findings.showDecided")}</span>
      </label>
      {shown.length === 0 ? (
        <p className="hint">{t("review:findings.empty")}</p>
      ) : (
        <ul className="issue-list">
          {shown.map((f) => (
            <FindingItem key={f.id} permissions={permissions} finding={f} lang={f.side === "source" ? sourceLang : targetLang} dir={f.side === "source" ? sourceDir : targetDir} onShow={onShow} />
          ))}
        </ul>
      )}
    </section>
  );
}
