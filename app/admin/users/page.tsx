import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/server/session";
import { listUsers } from "@/lib/server/user/users";
import { formatDate } from "@/lib/i18n/format";
import { isolate } from "@/lib/i18n/bidi";
import { CreateUserForm, RoleSelect } from "./_components/user-forms";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await requirePermission("user.manage", "/admin/users");
  const { t, lng } = await getT(["admin", "auth"]);
  const users = await listUsers({ actor, includeDeactivated: true });
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
            <th scope="col">{t("admin:users.status")}</th>
            <th scope="col"><span className="visually-hidden">{t("admin:users.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td><bdi>{u.name}</bdi></td>
              <td dir="ltr"><bdi>{u.email}</bdi></td>
              <td><RoleSelect userId={u.id} role={u.role} label={t("admin:users.roleOf", { name: isolate(u.name) })} /></td>
              <td>
                {u.deactivatedAt ? (
                  <span className="badge">{t("admin:users.deactivatedOn", { date: formatDate(u.deactivatedAt, lng) })}</span>
                ) : (
                  t("admin:users.active")
                )}
              </td>
              <td>
                <Link href={`/admin/users/${u.id}`} aria-label={t("admin:users.manageLabel", { name: isolate(u.name) })}>{t("admin:users.manage")}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
