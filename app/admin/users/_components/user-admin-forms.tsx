"use client";

import { TokenTable } from "@/app/_components/token-table";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { deactivateUserAction, reactivateUserAction, resetUserPasswordAction, revokeUserTokenAction, setUserScopeAction } from "../actions";
import type { TUserScopeDto } from "@/lib/server/user/user-scopes";
import { LANGUAGES } from "@/lib/languages";
import { ROLES } from "@/lib/server/actor";
import type { TApiTokenDto } from "@/lib/server/token/api-tokens";
import { useActionMessage } from "@/app/_components/use-action-message";

/** Deactivates (sign-in refused, sessions and tokens ended) or reactivates an account. */
export function AccountStatusButton({ userId, deactivated, self }: { userId: string; deactivated: boolean; self: boolean }) {
  const { t } = useTranslation(["admin", "errors"]);
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  const router = useRouter();
  return (
    <>
      <button
        type="button"
        disabled={pending || (self && !deactivated)}
        onClick={() => {
          if (!deactivated && !window.confirm(t("admin:users.deactivateConfirm"))) return;
          startTransition(async () => {
            const result = deactivated ? await reactivateUserAction({ userId }) : await deactivateUserAction({ userId });
            show(result, t(deactivated ? "admin:users.reactivated" : "admin:users.deactivated"));
            if (result.ok) router.refresh();
          });
        }}
      >
        {t(deactivated ? "admin:users.reactivate" : "admin:users.deactivate")}
      </button>
      {self && !deactivated ? <p className="hint">{t("admin:users.selfHint")}</p> : null}
      {node}
    </>
  );
}

/** Sets a new password for the user; their sessions end. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation(["admin", "auth", "errors"]);
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  return (
    <form
      className="stack-form panel"
      aria-label={t("admin:users.resetTitle")}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const password = String(new FormData(form).get("password"));
        startTransition(async () => {
          const result = await resetUserPasswordAction({ userId, password });
          show(result, t("admin:users.resetDone"));
          if (result.ok) form.reset();
        });
      }}
    >
      <h2>{t("admin:users.resetTitle")}</h2>
      <p className="hint">{t("admin:users.resetHint")}</p>
      <label>
        <span>{t("auth:fields.newPassword")}</span>
        <input name="password" type="password" minLength={12} maxLength={128} required autoComplete="new-password" dir="ltr" />
      </label>
      {node}
      <button type="submit" disabled={pending}>{t("admin:users.resetSubmit")}</button>
    </form>
  );
}

/** The user's API tokens, each revocable by the administrator. */
export function UserTokenTable({ userId, tokens }: { userId: string; tokens: TApiTokenDto[] }) {
  const { t } = useTranslation(["admin", "auth", "errors"]);
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  const router = useRouter();
  return (
    <section className="panel" aria-labelledby="user-tokens-heading">
      <h2 id="user-tokens-heading">{t("auth:tokens.title")}</h2>
      {node}
      {tokens.length === 0 ? (
        <p className="hint">{t("admin:users.noTokens")}</p>
      ) : (
        <TokenTable
          tokens={tokens}
          pending={pending}
          onRevoke={(token) =>
            startTransition(async () => {
              const result = await revokeUserTokenAction({ userId, tokenId: token.id });
              show(result, t("auth:tokens.revokedMessage"));
              if (result.ok) router.refresh();
            })
          }
        />
      )}
    </section>
  );
}

/** The user's desk roles: a role for one language pair in place of the global role; add, change and remove. */
export function UserScopesSection({ userId, scopes }: { userId: string; scopes: TUserScopeDto[] }) {
  const { t } = useTranslation(["admin", "auth", "common", "errors"]);
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  const router = useRouter();
  const pairName = (scope: { sourceLang: string; targetLang: string }) =>
    t("common:languagePair", { source: t(`common:languages.${scope.sourceLang}`), target: t(`common:languages.${scope.targetLang}`) });
  return (
    <section className="panel" aria-labelledby="desk-roles-heading">
      <h2 id="desk-roles-heading">{t("admin:scopes.title")}</h2>
      <p className="hint">{t("admin:scopes.hint")}</p>
      {node}
      {scopes.length === 0 ? (
        <p className="hint">{t("admin:scopes.none")}</p>
      ) : (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t("admin:scopes.pair")}</th>
              <th scope="col">{t("auth:fields.role")}</th>
              <th scope="col"><span className="visually-hidden">{t("admin:users.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {scopes.map((scope) => (
              <tr key={`${scope.sourceLang}-${scope.targetLang}`}>
                <td>{pairName(scope)}</td>
                <td>{t(`auth:roles.${scope.role}`)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    disabled={pending}
                    aria-label={t("admin:scopes.removeLabel", { pair: pairName(scope) })}
                    onClick={() =>
                      startTransition(async () => {
                        const result = await setUserScopeAction({ userId, sourceLang: scope.sourceLang, targetLang: scope.targetLang, role: null });
                        show(result, t("admin:scopes.removed"));
                        if (result.ok) router.refresh();
                      })
                    }
                  >
                    {t("admin:scopes.remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="inline-form"
        aria-label={t("admin:scopes.add")}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(async () => {
            const result = await setUserScopeAction({ userId, sourceLang: String(data.get("sourceLang")), targetLang: String(data.get("targetLang")), role: String(data.get("role")) });
            show(result, t("admin:scopes.saved"));
            if (result.ok) router.refresh();
          });
        }}
      >
        <label>
          <span>{t("admin:scopes.sourceLanguage")}</span>
          <select name="sourceLang" defaultValue="ar">
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>{t(`common:languages.${code}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("admin:scopes.targetLanguage")}</span>
          <select name="targetLang" defaultValue="en">
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>{t(`common:languages.${code}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("auth:fields.role")}</span>
          <select name="role" defaultValue="editor">
            {ROLES.map((role) => (
              <option key={role} value={role}>{t(`auth:roles.${role}`)}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending}>{t("admin:scopes.add")}</button>
      </form>
    </section>
  );
}
