"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { createUserAction, updateUserRoleAction } from "../actions";
import { ROLES, type Role } from "@/lib/server/actor";
import { useActionMessage } from "@/app/_components/use-action-message";

/** Creates an account with a role. */
export function CreateUserForm() {
  const { t } = useTranslation(["admin", "auth", "errors"]);
  const [pending, startTransition] = useTransition();
  const { show, node } = useActionMessage();
  return (
    <form
      className="stack-form panel"
      aria-label={t("admin:users.create")}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        startTransition(async () => {
          const result = await createUserAction({ name: String(data.get("name")), email: String(data.get("email")), password: String(data.get("password")), role: String(data.get("role")) as Role });
          show(result, t("admin:users.created"));
          if (result.ok) form.reset();
        });
      }}
    >
      <h2>{t("admin:users.create")}</h2>
      <label><span>{t("auth:fields.name")}</span><input name="name" required maxLength={60} dir="auto" /></label>
      <label><span>{t("auth:fields.email")}</span><input name="email" type="email" required dir="ltr" /></label>
      <label><span>{t("auth:fields.newPassword")}</span><input name="password" type="password" minLength={12} maxLength={128} required autoComplete="new-password" dir="ltr" /></label>
      <label>
        <span>{t("auth:fields.role")}</span>
        <select name="role" defaultValue="reviewer">
          {ROLES.map((r) => <option key={r} value={r}>{t(`auth:roles.${r}`)}</option>)}
        </select>
      </label>
      {node}
      <button type="submit" disabled={pending}>{t("admin:users.createSubmit")}</button>
    </form>
  );
}

/** Changes a user's role in place. */
export function RoleSelect({ userId, role, label }: { userId: string; role: Role; label: string }) {
  const { t } = useTranslation(["auth", "errors"]);
  const [value, setValue] = useState(role);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <select
        aria-label={label}
        value={value}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as Role;
          setValue(next);
          startTransition(async () => {
            const result = await updateUserRoleAction({ userId, role: next });
            if (!result.ok) {
              setValue(role);
              setError(t(result.error.messageKey, { defaultValue: result.error.message }));
            } else setError(null);
          });
        }}
      >
        {ROLES.map((r) => <option key={r} value={r}>{t(`auth:roles.${r}`)}</option>)}
      </select>
      {error ? <span className="form-error" role="alert">{error}</span> : null}
    </>
  );
}
