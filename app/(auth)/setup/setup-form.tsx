"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { setupFirstAccountAction } from "@/app/actions/auth";
import { useActionErrorText } from "@/app/_components/use-action-message";

/** Creates the first account (an admin). */
export function SetupForm() {
  const { t } = useTranslation(["auth", "errors"]);
  const [error, setError] = useState<string | null>(null);
  const errorText = useActionErrorText();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="stack-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await setupFirstAccountAction({ name: String(form.get("name")), email: String(form.get("email")), password: String(form.get("password")) });
          if (result && !result.ok) setError(errorText(result));
        });
      }}
    >
      <label>
        <span>{t("auth:fields.name")}</span>
        <input name="name" required maxLength={60} dir="auto" />
      </label>
      <label>
        <span>{t("auth:fields.email")}</span>
        <input name="email" type="email" required autoComplete="username" dir="ltr" />
      </label>
      <label>
        <span>{t("auth:fields.newPassword")}</span>
        <input name="password" type="password" required minLength={12} maxLength={128} autoComplete="new-password" dir="ltr" />
      </label>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <button type="submit" disabled={pending}>{t("auth:setup.submit")}</button>
    </form>
  );
}
