"use client";

import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { deleteGlossaryEntryAction, importGlossaryAction, saveGlossaryEntryAction } from "../actions";
import { LANGUAGES, directionOf } from "@/lib/languages";
import { useActionMessage } from "@/app/_components/use-action-message";
import { translateIsolated } from "@/app/_components/translated";

const TYPES = ["term", "person", "organization", "place"] as const;


function PairFields({ sourceLang, targetLang, onSource, onTarget }: { sourceLang: string; targetLang: string; onSource: (v: string) => void; onTarget: (v: string) => void }) {
  const { t } = useTranslation(["glossary", "common"]);
  return (
    <>
      <label>
        <span>{t("glossary:sourceLanguage")}</span>
        <select name="sourceLang" value={sourceLang} onChange={(e) => onSource(e.target.value)}>
          {LANGUAGES.map((c) => <option key={c} value={c}>{t(`common:languages.${c}`)}</option>)}
        </select>
      </label>
      <label>
        <span>{t("glossary:targetLanguage")}</span>
        <select name="targetLang" value={targetLang} onChange={(e) => onTarget(e.target.value)}>
          {LANGUAGES.map((c) => <option key={c} value={c}>{t(`common:languages.${c}`)}</option>)}
        </select>
      </label>
    </>
  );
}

/** Forms to add a termbase entry and to import a glossary file (CSV or TBX). */
export function GlossaryForms() {
  const { t } = useTranslation(["glossary", "common"]);
  const [sourceLang, setSourceLang] = useState("ar");
  const [targetLang, setTargetLang] = useState("en");
  const [entry, setEntry] = useState({ source: "", target: "", forbidden: "", type: "term" as (typeof TYPES)[number], note: "" });
  const [pending, startTransition] = useTransition();
  const add = useActionMessage();
  const upload = useActionMessage();
  const [warnings, setWarnings] = useState<{ code: string; params: Record<string, string | number> }[]>([]);
  return (
    <div className="glossary-forms">
      <form
        aria-label={t("glossary:addTitle")}
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const result = await saveGlossaryEntryAction({ sourceLang: sourceLang as never, targetLang: targetLang as never, ...entry });
            add.show(result, t("glossary:saved"));
            if (result.ok) setEntry({ source: "", target: "", forbidden: "", type: "term", note: "" });
          });
        }}
      >
        <h2>{t("glossary:addTitle")}</h2>
        <PairFields sourceLang={sourceLang} targetLang={targetLang} onSource={setSourceLang} onTarget={setTargetLang} />
        <label>
          <span>{t("glossary:columns.source")}</span>
          <input value={entry.source} onChange={(e) => setEntry({ ...entry, source: e.target.value })} lang={sourceLang} dir={directionOf(sourceLang)} required maxLength={200} />
        </label>
        <label>
          <span>{t("glossary:columns.target")}</span>
          <input value={entry.target} onChange={(e) => setEntry({ ...entry, target: e.target.value })} lang={targetLang} dir={directionOf(targetLang)} required maxLength={200} />
        </label>
        <label>
          <span>{t("glossary:forbiddenHint")}</span>
          <input value={entry.forbidden} onChange={(e) => setEntry({ ...entry, forbidden: e.target.value })} lang={targetLang} dir={directionOf(targetLang)} maxLength={2000} />
        </label>
        <label>
          <span>{t("glossary:columns.type")}</span>
          <select value={entry.type} onChange={(e) => setEntry({ ...entry, type: e.target.value as (typeof TYPES)[number] })}>
            {TYPES.map((type) => <option key={type} value={type}>{t(`glossary:types.${type}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t("glossary:columns.note")}</span>
          <input value={entry.note} onChange={(e) => setEntry({ ...entry, note: e.target.value })} dir="auto" maxLength={1000} />
        </label>
        {add.node}
        <button type="submit" disabled={pending}>{t("glossary:add")}</button>
      </form>
      <form
        aria-label={t("glossary:importTitle")}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          startTransition(async () => {
            const result = await importGlossaryAction(data);
            upload.show(result, result.ok ? t("glossary:imported", { count: result.data.count }) : "");
            setWarnings(result.ok ? result.data.warnings : []);
          });
        }}
      >
        <h2>{t("glossary:importTitle")}</h2>
        <p className="hint">{t("glossary:importHint")}</p>
        <PairFields sourceLang={sourceLang} targetLang={targetLang} onSource={setSourceLang} onTarget={setTargetLang} />
        <label>
          <span>{t("glossary:file")}</span>
          <input type="file" name="file" accept=".csv,.tbx,.xml,text/csv,application/xml" required />
        </label>
        {upload.node}
        {warnings.length > 0 ? (
          <ul className="import-warnings" aria-label={t("glossary:warningsTitle")}>
            {warnings.map((warning, index) => (
              <li key={index}>{translateIsolated(t, `glossary:tbxWarnings.${warning.code}`, warning.params)}</li>
            ))}
          </ul>
        ) : null}
        <button type="submit" disabled={pending}>{t("glossary:import")}</button>
      </form>
    </div>
  );
}

/** Deletes one entry. */
export function DeleteEntryButton({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation("glossary");
  const [pending, startTransition] = useTransition();
  return (
    <button type="button" className="link" aria-label={label} disabled={pending} onClick={() => startTransition(async () => void (await deleteGlossaryEntryAction({ id })))}>
      {t("delete")}
    </button>
  );
}
