"use client";

import { useTranslation } from "react-i18next";
import { useFormatters } from "@/app/_components/i18n-provider";
import { isolate } from "@/lib/i18n/bidi";
import type { TApiTokenDto } from "@/lib/server/token/api-tokens";

/** API tokens (name, prefix, created, last used) with a revoke button each: the Settings page and an admin's user page. */
export function TokenTable({ tokens, pending, onRevoke }: { tokens: TApiTokenDto[]; pending: boolean; onRevoke: (token: TApiTokenDto) => void }) {
  const { t } = useTranslation(["auth"]);
  const format = useFormatters();
  return (
    <table className="article-table">
      <thead>
        <tr>
          <th scope="col">{t("auth:tokens.name")}</th>
          <th scope="col">{t("auth:tokens.prefix")}</th>
          <th scope="col">{t("auth:tokens.createdAt")}</th>
          <th scope="col">{t("auth:tokens.lastUsed")}</th>
          <th scope="col"><span className="visually-hidden">{t("auth:tokens.actions")}</span></th>
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
                <span className="badge">{t("auth:tokens.revoked")}</span>
              ) : (
                <button type="button" className="link" disabled={pending} aria-label={t("auth:tokens.revokeLabel", { name: isolate(token.name) })} onClick={() => onRevoke(token)}>
                  {t("auth:tokens.revoke")}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
