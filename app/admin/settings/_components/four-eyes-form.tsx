"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { updateSiteSettingsAction } from "../actions";
import { useActionMessage } from "@/app/_components/use-action-message";

/** The four-eyes approval rule: a checkbox saved with an explicit button. */
export function FourEyesForm({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation(["admin", "errors"]);
  const [checked, setChecked] = useState(enabled);
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  return (
    <form
      className="stack-form panel"
      aria-labelledby="four-eyes-heading"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await updateSiteSettingsAction({ fourEyesApproval: checked });
          show(result, checked ? t("admin:settings.fourEyes.savedOn") : t("admin:settings.fourEyes.savedOff"));
        });
      }}
    >
      <h2 id="four-eyes-heading">{t("admin:settings.fourEyes.title")}</h2>
      <p className="hint" id="four-eyes-hint">{t("admin:settings.fourEyes.hint")}</p>
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} aria-describedby="four-eyes-hint" />
        <span>{t("admin:settings.fourEyes.label")}</span>
      </label>
      {node}
      <button type="submit" disabled={pending || checked === enabled}>{t("admin:settings.save")}</button>
    </form>
  );
}
