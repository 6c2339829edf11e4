"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordAction } from "@/app/actions/auth";
import { createTokenAction, revokeTokenAction } from "../actions";
import type { TApiTokenDto } from "@/lib/server/token/api-tokens";
import { useActionMessage } from "@/app/_components/use-action-message";
import { useFormatters } from "@/app/_components/i18n-provider";


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
  const format = useFormatters();
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
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t("tokens.name")}</th>
              <th scope="col">{t("tokens.prefix")}</th>
              <th scope="col">{t("tokens.createdAt")}</th>
              <th scope="col">{t("tokens.lastUsed")}</th>
              <th scope="col"><span className="visually-hidden">{t("tokens.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td><bdi>{token.name}</bdi></td>
                <td><code dir="ltr">{token.prefix}…</code></td>
                <td>{format.dateTime(token.createdAt)}</td>
                <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : "—"}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="badge">{t("tokens.revoked")}</span>
                  ) : (
                    <button type="button" className="link" disabled={pending} aria-label={t("tokens.revokeLabel", { name: token.name })} onClick={() => startTransition(async () => show(await revokeTokenAction({ tokenId: token.id }), t("tokens.revokedMessage")))}>
                      {t("tokens.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
