import { notFound } from "next/navigation";
import { getArticleReview } from "@/lib/server/article/get-article-review";
import { AppError } from "@/lib/server/errors";
import { getActor } from "@/lib/server/session";
import { Workbench } from "./_components/workbench";

export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const article = await getArticleReview({ actor: await getActor(), articleId: id });
    return <Workbench article={article} />;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
