"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { assignArticleAction } from "../actions";
import { useActionRunner } from "./use-action-runner";
import type { TArticleReviewDto } from "@/lib/server/article/get-article-review";

/** Who reviews and who edits this article (read-only). */
export function AssignedTo({ article }: { article: TArticleReviewDto }) {
  const { t } = useTranslation("review");
  return (
    <span className="hint">
      {t("assign.reviewer")}: {article.reviewer?.name ?? t("assign.nobody")} · {t("assign.editor")}: {article.editor?.name ?? t("assign.nobody")}
    </span>
  );
}

/** Assigns a reviewer and an editor. */
export function AssignForm({ article, users }: { article: TArticleReviewDto; users: { id: string; name: string; role: string }[] }) {
  const { t } = useTranslation("review");
  const [reviewerId, setReviewerId] = useState(article.reviewer?.id ?? "");
  const [editorId, setEditorId] = useState(article.editor?.id ?? "");
  const { run, pending, error } = useActionRunner();
  return (
    <form
      className="threshold-form"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => assignArticleAction({ articleId: article.id, reviewerId: reviewerId || null, editorId: editorId || null }));
      }}
    >
      <label>
        <span>{t("assign.reviewer")}</span>{" "}
        <select value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
          <option value="">{t("assign.nobody")}</option>
          {users.filter((u) => u.role !== "viewer").map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </label>
      <label>
        <span>{t("assign.editor")}</span>{" "}
        <select value={editorId} onChange={(e) => setEditorId(e.target.value)}>
          <option value="">{t("assign.nobody")}</option>
          {users.filter((u) => u.role === "editor" || u.role === "admin").map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={pending}>{t("assign.save")}</button>
      {error ? <span className="form-error" role="alert">{error}</span> : null}
    </form>
  );
}
