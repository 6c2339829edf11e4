import { notFound } from "next/navigation";
import { getArticleReview } from "@/lib/server/article/get-article-review";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/session";
import { can } from "@/lib/server/authz";
import { listUsers } from "@/lib/server/user/users";
import { Workbench, type TPermissions } from "./_components/workbench";

export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/articles/${id}`);
  try {
    const article = await getArticleReview({ actor, articleId: id });
    const locked = article.status === "approved" || article.status === "published";
    const permissions: TPermissions = {
      edit: can(actor, "paragraph.edit") && !locked,
      repair: can(actor, "row.repair") && !locked,
      review: can(actor, "row.review") && !locked,
      flag: can(actor, "issue.create"),
      comment: can(actor, "issue.comment"),
      resolve: can(actor, "issue.resolve"),
      decide: can(actor, "finding.decide"),
      apply: can(actor, "finding.apply") && !locked,
      transition: can(actor, "article.transition"),
      settings: can(actor, "article.settings"),
      assign: can(actor, "article.assign"),
    };
    const users = permissions.assign ? (await listUsers({ actor })).map((u) => ({ id: u.id, name: u.name, role: u.role })) : [];
    return <Workbench article={article} permissions={permissions} users={users} />;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
