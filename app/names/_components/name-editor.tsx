"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import type { TNameEntryDetailDto } from "@/lib/server/names/get-name-entry";
import type { TNameFixCount } from "@/lib/server/names/fix-name-everywhere";
import { deleteNameEntryAction, fixNameEverywhereAction, previewNameFixAction, updateNameEntryAction } from "../actions";
import { useActionMessage } from "@/app/_components/use-action-message";
import { translateIsolated } from "@/app/_components/translated";

const KINDS = ["person", "place", "organization"] as const;

/** The register entry's page body: house spelling, spellings with their evidence, and the editor's tools. */
export function NameEditor({ entry, lang, dir }: { entry: TNameEntryDetailDto; lang: string; dir: "rtl" | "ltr" }) {
  const { t } = useTranslation(["names", "common"]);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const message = useActionMessage();
  // Outcomes of "fix in all open articles" are shown where it is asked for.
  const fixMessage = useActionMessage();
  const [newHouse, setNewHouse] = useState("");
  const [otherSpelling, setOtherSpelling] = useState("");
  const [fix, setFix] = useState<TNameFixCount | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const spellingNode = (text: string) => <span lang={lang} dir={dir}>{text}</span>;
  // Keyboard focus: the "fix in all open articles" question takes it when it appears (once its button is enabled),
  // gives it back to what opened it when cancelled or done, and a change whose button disappears (Confirm, Use as
  // house spelling) leaves it on the house spelling's heading instead of the page's start.
  const fixButton = useRef<HTMLButtonElement>(null);
  const fixCancel = useRef<HTMLButtonElement>(null);
  const fixOpener = useRef<HTMLElement | null>(null);
  const houseHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterChange = useRef(false);
  const fixShown = useRef<TNameFixCount | null>(null);
  useEffect(() => {
    if (fix && !pending && fixShown.current !== fix) {
      fixShown.current = fix;
      (fix.paragraphs > 0 ? fixButton.current : fixCancel.current)?.focus();
    }
    if (!fix) fixShown.current = null;
    if (focusAfterChange.current && !pending && (!document.activeElement || document.activeElement === document.body)) {
      focusAfterChange.current = false;
      houseHeading.current?.focus();
    }
  });
  const closeFix = () => {
    setFix(null);
    if (fixOpener.current?.isConnected) fixOpener.current.focus();
    else houseHeading.current?.focus();
  };

  const change = (input: Omit<Parameters<typeof updateNameEntryAction>[0], "id">, done: string) =>
    startTransition(async () => {
      focusAfterChange.current = true;
      const result = await updateNameEntryAction({ id: entry.id, ...input });
      message.show(result, done);
      if (result.ok) router.refresh();
    });

  const countFix = (spelling: string, opener: HTMLElement | null) =>
    startTransition(async () => {
      fixOpener.current = opener;
      const result = await previewNameFixAction({ id: entry.id, spelling });
      if (result.ok) setFix(result.data);
      else fixMessage.show(result, "");
    });

  const fixPanel = (fix: TNameFixCount) => (
    <div className="confirm-all" role="group" aria-label={t("names:fixAll")}>
      <p>{translateIsolated(t, "names:fixConfirm", { from: spellingNode(fix.from), to: spellingNode(fix.to), count: fix.paragraphs, articles: t("names:articles", { count: fix.articles }) })}</p>
      <div className="editor-actions">
        <button
          type="button"
          ref={fixButton}
          disabled={pending || fix.paragraphs === 0}
          onClick={() =>
            startTransition(async () => {
              const result = await fixNameEverywhereAction({ id: entry.id, spelling: fix.from });
              fixMessage.show(result, result.ok ? t("names:fixed", { count: result.data.paragraphs, articles: t("names:articles", { count: result.data.articles }) }) : "");
              if (result.ok) {
                closeFix();
                router.refresh();
              }
            })
          }
        >
          {t("names:fixDo", { count: fix.paragraphs })}
        </button>
        <button type="button" className="secondary" ref={fixCancel} onClick={closeFix}>{t("names:cancel")}</button>
      </div>
    </div>
  );

  return (
    <>
      <section aria-labelledby="name-house">
        <h2 id="name-house" ref={houseHeading} tabIndex={-1}>{t("names:houseTitle")}</h2>
        <p>
          {entry.house && entry.houseSource
            ? translateIsolated(t, `names:houseLine.${entry.houseSource}`, { spelling: spellingNode(entry.house), by: entry.confirmedBy ?? "" })
            : t("names:noHouseLong")}
        </p>
        {message.node}
        {entry.canEdit ? (
          <div className="editor-actions">
            {entry.house && entry.houseSource === "learned" ? (
              <button type="button" disabled={pending} onClick={() => change({ house: entry.house }, t("names:saved"))}>
                {t("names:confirm", { spelling: entry.house })}
              </button>
            ) : null}
            {entry.houseSource === "confirmed" ? (
              <button type="button" className="secondary" disabled={pending} onClick={() => change({ house: null }, t("names:saved"))}>
                {t("names:backToLearned")}
              </button>
            ) : null}
          </div>
        ) : null}
        {entry.canEdit && entry.houseSource !== "glossary" ? (
          <form
            className="inline-form"
            aria-label={t("names:setHouse")}
            onSubmit={(e) => {
              e.preventDefault();
              change({ house: newHouse }, t("names:saved"));
              setNewHouse("");
            }}
          >
            <label>
              <span>{t("names:newHouse")}</span>
              <input value={newHouse} onChange={(e) => setNewHouse(e.target.value)} lang={lang} dir={dir} required maxLength={200} />
            </label>
            <button type="submit" className="secondary" disabled={pending}>{t("names:setHouse")}</button>
          </form>
        ) : null}
        {entry.houseSource === "glossary" ? <p className="hint">{t("names:glossaryHint")} <Link href="/glossary">{t("names:glossaryLink")}</Link></p> : null}
        {entry.canEdit ? (
          <label>
            <span>{t("names:kind")}</span>
            <select value={entry.kind ?? ""} disabled={pending} onChange={(e) => change({ kind: e.target.value === "" ? null : (e.target.value as (typeof KINDS)[number]) }, t("names:saved"))}>
              <option value="">{t("names:kinds.none")}</option>
              {KINDS.map((kind) => <option key={kind} value={kind}>{t(`names:kinds.${kind}`)}</option>)}
            </select>
          </label>
        ) : entry.kind ? (
          <p>{t(`names:kinds.${entry.kind}`)}</p>
        ) : null}
      </section>

      <section aria-labelledby="name-spellings">
        <h2 id="name-spellings">{t("names:spellingsTitle")}</h2>
        <ul className="name-spellings">
          {entry.spellings.map((s) => {
            const evidence = entry.evidence[s.id] ?? [];
            const isHouse = entry.house === s.spelling;
            return (
              <li key={s.id} data-spelling={s.spelling}>
                <p>
                  {translateIsolated(t, "names:evidence", { spelling: spellingNode(s.spelling), count: s.count })}
                  {isHouse ? <> <span className="badge">{t("names:houseBadge")}</span></> : null}
                  {s.distinct ? <> <span className="badge">{t("names:distinct")}</span></> : null}
                </p>
                {evidence.length > 0 ? (
                  <p>
                    <span>{t("names:examples")}</span>{" "}
                    {evidence.map((article, index) => (
                      <span key={article.articleId}>
                        {index > 0 ? t("names:listSeparator") : null}
                        <Link href={`/articles/${article.articleId}`} dir="auto">{article.title}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                {entry.canEdit ? (
                  <div className="editor-actions">
                    {!isHouse && !s.distinct && entry.houseSource !== "glossary" ? (
                      <button type="button" className="secondary" disabled={pending} onClick={() => change({ house: s.spelling }, t("names:saved"))}>
                        {t("names:useAsHouse")}
                      </button>
                    ) : null}
                    {!isHouse ? (
                      <button type="button" className="secondary" aria-pressed={s.distinct} disabled={pending} onClick={() => change({ distinct: { spellingId: s.id, distinct: !s.distinct } }, t("names:saved"))}>
                        {t("names:markDistinct")}
                      </button>
                    ) : null}
                    {entry.house && !isHouse && !s.distinct ? (
                      <button
                        type="button"
                        disabled={pending}
                        onClick={(e) => countFix(s.spelling, e.currentTarget)}
                      >
                        {t("names:fixAll")}
                      </button>
                    ) : null}
                  </div>
                ) : null}
                {fix && fix.from === s.spelling ? fixPanel(fix) : null}
              </li>
            );
          })}
        </ul>
        {entry.canEdit && entry.house ? (
          <form
            className="inline-form"
            aria-label={t("names:fixOther")}
            onSubmit={(e) => {
              e.preventDefault();
              countFix(otherSpelling, document.activeElement instanceof HTMLElement ? document.activeElement : null);
            }}
          >
            <label>
              <span>{t("names:fixOtherLabel")}</span>
              <input value={otherSpelling} onChange={(e) => setOtherSpelling(e.target.value)} lang={lang} dir={dir} required maxLength={200} />
            </label>
            <button type="submit" className="secondary" disabled={pending}>{t("names:fixCount")}</button>
          </form>
        ) : null}
        {fix && !entry.spellings.some((s) => s.spelling === fix.from) ? fixPanel(fix) : null}
        {fixMessage.node}
      </section>

      {entry.canEdit ? (
        <section aria-labelledby="name-delete">
          <h2 id="name-delete">{t("names:deleteTitle")}</h2>
          <p className="hint">{t("names:deleteHint")}</p>
          {confirmDelete ? (
            <div className="editor-actions" role="group" aria-label={t("names:deleteTitle")}>
              <button
                type="button"
               
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteNameEntryAction({ id: entry.id });
                    message.show(result, t("names:deleted"));
                    if (result.ok) router.push(`/names?lang=${entry.targetLang}`);
                  })
                }
              >
                {t("names:deleteDo")}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>{t("names:cancel")}</button>
            </div>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>{t("names:delete")}</button>
          )}
        </section>
      ) : null}
    </>
  );
}
