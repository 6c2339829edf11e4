"use client";

import { TokenTable } from "@/app/_components/token-table";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordAction } from "@/app/actions/auth";
import { createTokenAction, revokeTokenAction } from "../actions";
import type { TApiTokenDto } from "@/lib/server/token/api-tokens";
import { useActionMessage } from "@/app/_components/use-action-message";


/** Change password (the other sessions are signed out). */
export function ChangePasswordForm() {
  const { t } = useTranslation("auth");
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  return (
    <form
      className="stack-form panel"
      aria-label={t("settings.passwordTitle")}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        startTransition(async () => {
          const result = await changePasswordAction({ currentPassword: String(data.get("currentPassword")), newPassword: String(data.get("newPassword")) });
          show(result, t("settings.passwordChanged"));
          if (result.ok) form.reset();
        });
      }}
    >
      <h2>{t("settings.passwordTitle")}</h2>
      <label>
        <span>{t("fields.currentPassword")}</span>
        <input name="currentPassword" type="password" autoComplete="current-password" required dir="ltr" />
      </label>
      <label>
        <span>{t("fields.newPassword")}</span>
        <input name="newPassword" type="password" autoComplete="new-password" minLength={12} maxLength={128} required dir="ltr" />
      </label>
      {node}
      <button type="submit" disabled={pending}>{t("settings.changePassword")}</button>
    </form>
  );
}

/** Lists, creates and revokes the user's API tokens. */
export function TokenManager({ tokens }: { tokens: TApiTokenDto[] }) {
  const { t } = useTranslation("auth");
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<string | null>(null);
  const { show, node } = useActionMessage();
  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t("tokens.title")}</h2>
      <p className="hint">{t("tokens.intro")}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const name = String(new FormData(form).get("name"));
          startTransition(async () => {
            const result = await createTokenAction({ name });
            show(result, t("tokens.created"));
            if (result.ok) {
              setCreated(result.data.token);
              form.reset();
            }
          });
        }}
      >
        <label>
          <span>{t("tokens.name")}</span>
          <input name="name" required maxLength={60} dir="auto" />
        </label>
        <button type="submit" disabled={pending}>{t("tokens.create")}</button>
      </form>
      {node}
      {created ? (
        <p className="token-once">
          {t("tokens.copyNow")} <code data-testid="new-token" dir="ltr">{created}</code>
        </p>
      ) : null}
      {tokens.length === 0 ? (
        <p className="hint">{t("tokens.none")}</p>
      ) : (
        <TokenTable tokens={tokens} pending={pending} onRevoke={(token) => startTransition(async () => show(await revokeTokenAction({ tokenId: token.id }), t("tokens.revokedMessage")))} />
      )}
    </section>
  );
}
