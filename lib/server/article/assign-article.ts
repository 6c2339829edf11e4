import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { articleWhere, assertCanSomewhere } from "../access/article-access";
import { AppError } from "../errors";
import { storedRole } from "../auth/stored-role";
import { recordAudit } from "../audit/record-audit";
import { publishLive } from "../live/live-bus";

/** Assigns (or clears) an article's reviewer and editor; each must have a fitting role for the article's language pair. */
export async function assignArticle(options: { actor: Actor; articleId: string; reviewerId: string | null; editorId: string | null }): Promise<void> {
  assertCanSomewhere(options.actor, "article.assign");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: options.articleId, AND: [articleWhere(options.actor, "article.assign")] } });
    if (!article) throw new AppError("article.not-found", "Article not found.", { status: 404 });
    for (const [field, id, roles] of [
      ["reviewer", options.reviewerId, ["reviewer", "editor", "admin"]],
      ["editor", options.editorId, ["editor", "admin"]],
    ] as const) {
      if (!id) continue;
      const user = await tx.user.findUnique({ where: { id }, include: { scopes: { where: { sourceLang: article.sourceLang, targetLang: article.targetLang }, select: { role: true } } } });
      if (!user) throw new AppError("user.not-found", "No such user.", { status: 404 });
      if (user.deactivatedAt) throw new AppError("assign.deactivated", "This account is deactivated and cannot take assignments.", { status: 422, params: { field } });
      // Their role for this article: the desk role for its pair when they have one, else their global role.
      const role = storedRole(user.scopes[0]?.role ?? user.role);
      if (!(roles as readonly string[]).includes(role)) throw new AppError("assign.wrong-role", "This person's role cannot take that assignment.", { status: 422, params: { field } });
    }
    await tx.article.update({ where: { id: article.id }, data: { reviewerId: options.reviewerId, editorId: options.editorId } });
    await recordAudit(tx, { actor: options.actor, articleId: article.id, action: "article.assign", entityType: "article", entityId: article.id, details: { reviewerId: options.reviewerId, editorId: options.editorId } });
  });
  publishLive(options.articleId, "article", { actor: options.actor });
}
