"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { safeRedirectPath } from "@/lib/safe-redirect";

/** Posts the credentials to the auth endpoint (rate-limited there) and reloads into the app. */
export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="stack-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setPending(true);
        setError(null);
        try {
          const response = await fetch("/api/auth/sign-in/email", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
          });
          if (response.ok) {
            window.location.assign(safeRedirectPath(next));
            return;
          }
          setError(t(response.status === 429 ? "signIn.tooMany" : "signIn.invalid"));
        } catch {
          setError(t("signIn.network"));
        }
        setPending(false);
      }}
    >
      <label>
        <span>{t("fields.email")}</span>
        <input name="email" type="email" autoComplete="username" required dir="ltr" />
      </label>
      <label>
        <span>{t("fields.password")}</span>
        <input name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </label>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <button type="submit" disabled={pending}>{t("signIn.submit")}</button>
    </form>
  );
}
