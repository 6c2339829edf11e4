"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getParagraphHistoryAction } from "../actions";
import { wordDiff } from "@/lib/text/word-diff";
import type { TParagraphHistoryDto } from "@/lib/server/paragraph/get-paragraph-history";
import { useFormatters } from "@/app/_components/i18n-provider";
import { isolate } from "@/lib/i18n/bidi";

/** Word-level diff rendered with <del>/<ins>. */
export function DiffView({ before, after, lang, dir }: { before: string; after: string; lang: string; dir: "rtl" | "ltr" }) {
  const { t } = useTranslation("review");
  return (
    <p className="diff" lang={lang} dir={dir}>
      {wordDiff(before, after, lang).map((part, i) =>
        part.added ? (
          <ins key={i} title={t("history.inserted")}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i} title={t("history.deleted")}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

/** A paragraph's revisions and its diff against the imported original. */
export function ParagraphHistory({ paragraphId, version, lang, dir }: { paragraphId: string; version: number; lang: string; dir: "rtl" | "ltr" }) {
  const { t } = useTranslation("review");
  const format = useFormatters();
  const [history, setHistory] = useState<TParagraphHistoryDto | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    getParagraphHistoryAction({ paragraphId }).then((result) => {
      if (!live) return;
      if (result.ok) setHistory(result.data);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [paragraphId, version]);

  if (failed) return <p className="form-error" role="alert">{t("history.loadFailed")}</p>;
  if (!history) return <p className="hint">{t("history.loading")}</p>;
  return (
    <section className="history" aria-label={t("history.title")}>
      {history.excluded ? <p className="hint">{t("exclusion.excluded")}</p> : null}
      <h4>{t("history.diffTitle")}</h4>
      {history.originalText === history.text ? <p className="hint">{t("history.unchanged")}</p> : <DiffView before={history.originalText} after={history.text} lang={lang} dir={dir} />}
      <h4>{t("history.revisions", { count: history.revisions.length })}</h4>
      {history.revisions.length === 0 ? (
        <p className="hint">{t("history.none")}</p>
      ) : (
        <ol className="revision-list">
          {history.revisions.map((r) => (
            <li key={r.id}>
              <div className="revision-meta">
                {t("history.revisionMeta", { version: r.version, author: isolate(r.authorName), date: isolate(format.dateTime(r.createdAt)) })}
                {r.kind !== "edit" ? <span className="badge">{t(`history.kind.${r.kind}`)}</span> : null}
              </div>
              {/* Excluding or restoring keeps the text: say what happened instead of showing an empty diff. */}
              {r.kind === "exclude" ? (
                <p className="hint">{t("history.excludedBy", { author: isolate(r.authorName) })}</p>
              ) : r.kind === "restore" ? (
                <p className="hint">{t("history.restoredBy", { author: isolate(r.authorName) })}</p>
              ) : (
                <DiffView before={r.before} after={r.after} lang={lang} dir={dir} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
