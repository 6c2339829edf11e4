"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createIssueAction } from "../actions";
import { useActionRunner } from "./use-action-runner";
import { MQM_CATEGORIES, SEVERITIES } from "@/lib/qa/mqm";
import type { TSelection } from "./row-view";
import type { TReviewStateDto } from "@/lib/server/article/get-review-state";

/** Flags an MQM issue on the selected span (or the whole paragraph); `onDone` gets the fresh review state after a flag. */
export function FlagIssueForm({ selection, lang, dir, onDone }: { selection: TSelection; lang: string; dir: "rtl" | "ltr"; onDone: (created: TReviewStateDto | null) => void }) {
  const { t } = useTranslation(["review", "common"]);
  const [type, setType] = useState("accuracy/mistranslation");
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>("minor");
  const [comment, setComment] = useState("");
  const { run, pending, error } = useActionRunner();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const [category, subcategory] = type.split("/") as [keyof typeof MQM_CATEGORIES, string | undefined];
    run(
      () => createIssueAction({ paragraphId: selection.paragraphId, start: selection.start, end: selection.end, category, subcategory: subcategory ?? null, severity, comment }),
      (data) => onDone(data.review),
    );
  };
  return (
    <form
      className="flag-form panel"
      onSubmit={submit}
      aria-labelledby="flag-title"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onDone(null);
        }
      }}
    >
      <h2 id="flag-title">{t("review:flag.title")} · {selection.rowLabel}</h2>
      <p className="hint">{t("review:flag.selected")}</p>
      <blockquote lang={lang} dir={dir} data-testid="flag-quote">{selection.quote}</blockquote>
      <label>
        <span>{t("review:flag.category")}</span>
        <select ref={first} value={type} onChange={(e) => setType(e.target.value)}>
          {Object.entries(MQM_CATEGORIES).map(([category, subs]) =>
            subs.length === 0 ? (
              <option key={category} value={category}>{t(`common:mqm.${category}`)}</option>
            ) : (
              <optgroup key={category} label={t(`common:mqm.${category}`)}>
                {subs.map((sub) => (
                  <option key={sub} value={`${category}/${sub}`}>
                    {t(`common:mqm.${category}`)}: {t(`common:mqmSub.${sub}`)}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </label>
      <label>
        <span>{t("review:flag.severity")}</span>
        <select value={severity} onChange={(e) => setSeverity(e.target.value as (typeof SEVERITIES)[number])}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>{t(`common:severity.${s}`)}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("review:flag.comment")}</span>
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} maxLength={5000} dir="auto" />
      </label>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="editor-actions">
        <button type="submit" disabled={pending}>{t("review:flag.submit")}</button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>{t("review:flag.cancel")}</button>
      </div>
    </form>
  );
}
