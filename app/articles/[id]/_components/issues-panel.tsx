"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "@/app/_components/i18n-provider";
import { isolate } from "@/lib/i18n/bidi";
import { addIssueCommentAction, updateIssueStatusAction } from "../actions";
import { useActionRunner } from "./use-action-runner";
import { MQM_CATEGORIES, SEVERITIES } from "@/lib/qa/mqm";
import type { TIssueDto } from "@/lib/server/article/get-article-review";
import type { TPermissions } from "./workbench";

type TIssueStatusData = Extract<Awaited<ReturnType<typeof updateIssueStatusAction>>, { ok: true }>["data"];

interface TIssueItemProps {
  issue: TIssueDto;
  lang: string;
  dir: "rtl" | "ltr";
  onShow: (paragraphId: string) => void;
  permissions: TPermissions;
  locked: boolean;
  onChanged?: (data: TIssueStatusData) => void;
}

function IssueItem({ issue, lang, dir, onShow, permissions, locked, onChanged }: TIssueItemProps) {
  const { t } = useTranslation(["review", "common"]);
  const formats = useFormatters();
  const [reply, setReply] = useState("");
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const { run, pending, error } = useActionRunner();
  const setStatus = (status: TIssueDto["status"], statusReason?: string) =>
    run(
      () => updateIssueStatusAction({ issueId: issue.id, status, ...(statusReason ? { reason: statusReason } : {}) }),
      (data) => {
        setDismissing(false);
        setReason("");
        onChanged?.(data);
      },
    );
  return (
    <li className={`issue status-${issue.status}`} aria-label={t("review:issues.itemLabel", { quote: issue.quote })}>
      <div className="issue-head">
        <span className={`badge severity-${issue.severity}`}>{t(`common:severity.${issue.severity}`)}</span>
        <span className="badge">
          {t(`common:mqm.${issue.category}`)}
          {issue.subcategory ? `: ${t(`common:mqmSub.${issue.subcategory}`)}` : ""}
        </span>
        <span className="badge">{t(`review:issues.status.${issue.status}`)}</span>
        {issue.outdated ? <span className="badge outdated" title={t("review:issues.outdatedHint")}>{t("review:issues.outdated")}</span> : null}
        {issue.findingCheck ? <span className="badge">{t("review:issues.fromCheck", { check: t(`qa:checks.${issue.findingCheck}`) })}</span> : null}
      </div>
      <button type="button" className="link quote" onClick={() => onShow(issue.paragraphId)}>
        <q lang={lang} dir={dir}>{issue.quote}</q>
      </button>
      {issue.comment ? <p dir="auto">{issue.comment}</p> : null}
      {issue.status !== "open" && issue.resolvedBy ? (
        <p className="hint" dir="auto">
          {issue.statusReason
            ? t("review:issues.statusReason", { status: t(`review:issues.status.${issue.status}`), by: issue.resolvedBy, reason: issue.statusReason })
            : t("review:issues.statusBy", { status: t(`review:issues.status.${issue.status}`), by: issue.resolvedBy })}
        </p>
      ) : null}
      <p className="hint">{t("review:issues.meta", { author: isolate(issue.authorName), date: isolate(formats.dateTime(issue.createdAt)) })}</p>
      {issue.comments.length > 0 ? (
        <ol className="thread" aria-label={t("review:issues.thread")}>
          {issue.comments.map((c) => (
            <li key={c.id}>
              <span className="hint">{t("review:issues.meta", { author: isolate(c.authorName), date: isolate(formats.dateTime(c.createdAt)) })}</span>
              <p dir="auto">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {permissions.resolve && !locked ? (
      <div className="editor-actions">
        {issue.status === "open" ? (
          <>
            <button type="button" disabled={pending} onClick={() => setStatus("resolved")}>{t("review:issues.resolve")}</button>
            <button type="button" className="secondary" disabled={pending} aria-expanded={dismissing} aria-controls={`dismiss-${issue.id}`} onClick={() => setDismissing((open) => !open)}>{t("review:issues.dismiss")}</button>
          </>
        ) : (
          <button type="button" className="secondary" disabled={pending} onClick={() => setStatus("open")}>{t("review:issues.reopen")}</button>
        )}
      </div>
      ) : null}
      {dismissing && !locked && issue.status === "open" ? (
        <form
          id={`dismiss-${issue.id}`}
          className="reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            setStatus("dismissed", reason.trim());
          }}
        >
          <label htmlFor={`dismiss-reason-${issue.id}`}>{t("review:issues.dismissReasonLabel")}</label>
          <input id={`dismiss-reason-${issue.id}`} value={reason} onChange={(e) => setReason(e.target.value)} dir="auto" maxLength={1000} aria-describedby={`dismiss-hint-${issue.id}`} autoFocus />
          <p id={`dismiss-hint-${issue.id}`} className="hint">{t("review:issues.dismissReasonHint")}</p>
          <button type="submit" disabled={pending}>{t("review:issues.confirmDismiss")}</button>
          <button type="button" className="secondary" onClick={() => setDismissing(false)}>{t("review:issues.cancelDismiss")}</button>
        </form>
      ) : null}
      {permissions.comment ? (
      <form
        className="reply-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => addIssueCommentAction({ issueId: issue.id, body: reply }), () => setReply(""));
        }}
      >
        <label className="visually-hidden" htmlFor={`reply-${issue.id}`}>{t("review:issues.reply")}</label>
        <input id={`reply-${issue.id}`} value={reply} onChange={(e) => setReply(e.target.value)} placeholder={t("review:issues.replyPlaceholder")} dir="auto" maxLength={5000} />
        <button type="submit" className="secondary" disabled={pending || !reply.trim()}>{t("review:issues.reply")}</button>
      </form>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </li>
  );
}

/** The article's issues with filters by status, severity and category. */
export function IssuesPanel({
  permissions,
  issues,
  sourceLang,
  targetLang,
  sourceDir,
  targetDir,
  onShow,
  locked = false,
  onChanged,
}: {
  permissions: TPermissions;
  issues: TIssueDto[];
  sourceLang: string;
  targetLang: string;
  sourceDir: "rtl" | "ltr";
  targetDir: "rtl" | "ltr";
  onShow: (paragraphId: string) => void;
  /** The article is approved or published: issues cannot change until it is reopened (replies still can). */
  locked?: boolean;
  /** Called with the action's result after an issue's status changed. */
  onChanged?: (data: TIssueStatusData) => void;
}) {
  const { t } = useTranslation(["review", "common"]);
  const [status, setStatus] = useState("open");
  const [severity, setSeverity] = useState("all");
  const [category, setCategory] = useState("all");
  const shown = issues.filter((i) => (status === "all" || i.status === status) && (severity === "all" || i.severity === severity) && (category === "all" || i.category === category));
  return (
    <section className="panel" aria-labelledby="issues-heading">
      <h2 id="issues-heading">{t("review:issues.title", { count: issues.filter((i) => i.status === "open").length })}</h2>
      {locked && permissions.resolve ? <p className="hint">{t("review:issues.lockedHint")}</p> : null}
      <div className="filters">
        <label>
          <span>{t("review:issues.filterStatus")}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            {["all", "open", "resolved", "dismissed"].map((s) => (
              <option key={s} value={s}>{t(`review:issues.status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("review:issues.filterSeverity")}</span>
          <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="all">{t("review:issues.status.all")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>{t(`common:severity.${s}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("review:issues.filterCategory")}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="all">{t("review:issues.status.all")}</option>
            {Object.keys(MQM_CATEGORIES).map((c) => (
              <option key={c} value={c}>{t(`common:mqm.${c}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="hint">{issues.length === 0 ? t("review:issues.emptyHint") : t("review:issues.noneMatch")}</p>
      ) : (
        <ul className="issue-list">
          {shown.map((issue) => (
            <IssueItem
              key={issue.id}
              issue={issue}
              lang={issue.side === "source" ? sourceLang : targetLang}
              dir={issue.side === "source" ? sourceDir : targetDir}
              onShow={onShow}
              permissions={permissions}
              locked={locked}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
