import { notFound } from "next/navigation";
import { getArticleReview } from "@/lib/server/article/get-article-review";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/session";
import { canOnArticle } from "@/lib/server/access/article-access";
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
      edit: canOnArticle(actor, "paragraph.edit", article) && !locked,
      repair: canOnArticle(actor, "row.repair", article) && !locked,
      review: canOnArticle(actor, "row.review", article) && !locked,
      flag: canOnArticle(actor, "issue.create", article),
      comment: canOnArticle(actor, "issue.comment", article),
      resolve: canOnArticle(actor, "issue.resolve", article),
      decide: canOnArticle(actor, "finding.decide", article),
      apply: canOnArticle(actor, "finding.apply", article) && !locked,
      transition: canOnArticle(actor, "article.transition", article),
      settings: canOnArticle(actor, "article.settings", article),
      assign: canOnArticle(actor, "article.assign", article),
      delete: canOnArticle(actor, "article.delete", article),
    };
    const users = permissions.assign ? (await listUsers({ actor, pair: article })).map((u) => ({ id: u.id, name: u.name, role: u.role })) : [];
    return <Workbench article={article} permissions={permissions} users={users} />;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
