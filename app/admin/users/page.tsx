import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { assertCan } from "@/lib/server/authz";
import { listUsers } from "@/lib/server/user/users";
import { CreateUserForm, RoleSelect } from "./_components/user-forms";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await requireActor("/admin/users");
  assertCan(actor, "user.manage");
  const { t } = await getT(["admin", "auth"]);
  const users = await listUsers({ actor });
  return (
    <section>
      <h1>{t("admin:users.title")}</h1>
      <CreateUserForm />
      <table className="article-table">
        <thead>
          <tr>
            <th scope="col">{t("auth:fields.name")}</th>
            <th scope="col">{t("auth:fields.email")}</th>
            <th scope="col">{t("auth:fields.role")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td dir="auto">{u.name}</td>
              <td dir="ltr">{u.email}</td>
              <td><RoleSelect userId={u.id} role={u.role} label={t("admin:users.roleOf", { name: u.name })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
