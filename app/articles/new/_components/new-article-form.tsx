"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { createArticleAction, type TCreateArticleState } from "../actions";
import { LANGUAGES, directionOf } from "@/lib/languages";
import { detectScriptSwap, type TLetterScript } from "@/lib/text/script-swap";
import { ScriptSwapWarning } from "@/app/_components/script-swap-warning";
import { translateIsolated } from "@/app/_components/translated";

type TSwap = { sourceScript: TLetterScript | null; targetScript: TLetterScript | null };

/** Text of one side: its chosen .txt file (as the server reads it), else the pasted text. */
async function sideText(textarea: HTMLTextAreaElement | null, fileInput: HTMLInputElement | null): Promise<string> {
  const file = fileInput?.files?.[0];
  if (file && file.size > 0) return file.slice(0, 256 * 1024).text();
  return textarea?.value ?? "";
}

/** The paste/upload form that creates an article; warns before sending texts that look entered the wrong way round. */
export function NewArticleForm() {
  const { t } = useTranslation(["articles", "common", "errors"]);
  const [state, formAction, pending] = useActionState<TCreateArticleState, FormData>(createArticleAction, null);
  const [sourceLang, setSourceLang] = useState("ar");
  const [targetLang, setTargetLang] = useState("en");
  const [swap, setSwap] = useState<TSwap | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const sourceText = useRef<HTMLTextAreaElement>(null);
  const targetText = useRef<HTMLTextAreaElement>(null);
  const sourceFile = useRef<HTMLInputElement>(null);
  const targetFile = useRef<HTMLInputElement>(null);

  const serverError = state && !state.ok && !state.fieldErrors ? state.error : null;
  // The server refuses swapped texts the browser could not read first; the same warning then offers the same choices.
  const shownSwap: TSwap | null =
    swap ??
    (serverError?.code === "article.scripts-swapped"
      ? { sourceScript: (serverError.details?.sourceScript as TLetterScript | undefined) ?? null, targetScript: (serverError.details?.targetScript as TLetterScript | undefined) ?? null }
      : null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <p className="field-error" id={`${name}-error`} role="alert">
        {t(fieldErrors[name])}
      </p>
    ) : null;

  const send = (confirmScripts: boolean) => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    if (confirmScripts) data.set("confirmScripts", "true");
    setSwap(null);
    startTransition(() => formAction(data));
  };

  // Submitting by hand (not through the form's action prop) keeps the texts in place after a refusal.
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [source, target] = await Promise.all([sideText(sourceText.current, sourceFile.current), sideText(targetText.current, targetFile.current)]);
    const found = detectScriptSwap({ sourceText: source, targetText: target, sourceLang, targetLang });
    if (found.swapped) {
      setSwap({ sourceScript: found.sourceFound, targetScript: found.targetFound });
      return;
    }
    send(false);
  };

  const swapInputs = () => {
    if (sourceText.current && targetText.current) {
      const pasted = sourceText.current.value;
      sourceText.current.value = targetText.current.value;
      targetText.current.value = pasted;
    }
    if (sourceFile.current && targetFile.current) {
      const sourceFiles = new DataTransfer();
      const targetFiles = new DataTransfer();
      for (const file of Array.from(targetFile.current.files ?? [])) sourceFiles.items.add(file);
      for (const file of Array.from(sourceFile.current.files ?? [])) targetFiles.items.add(file);
      sourceFile.current.files = sourceFiles.files;
      targetFile.current.files = targetFiles.files;
    }
    setSwap(null);
    send(false);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} className="new-article-form" noValidate>
      {serverError && serverError.code !== "article.scripts-swapped" ? (
        <p className="form-error" role="alert">{translateIsolated(t, serverError.messageKey, serverError.params)}</p>
      ) : null}
      <label>
        <span>{t("articles:new.articleTitle")}</span>
        <input name="title" maxLength={300} dir="auto" placeholder={t("articles:new.titlePlaceholder")} />
      </label>
      <div className="two-columns">
        <fieldset>
          <legend>{t("articles:new.source")}</legend>
          <label>
            <span>{t("articles:new.sourceLanguage")}</span>
            <select name="sourceLang" value={sourceLang} onChange={(e) => setSourceLang(e.target.value)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>{t(`common:languages.${code}`)}</option>
              ))}
            </select>
          </label>
          {fieldError("sourceLang")}
          <label>
            <span>{t("articles:new.sourceText")}</span>
            <textarea
              ref={sourceText}
              name="sourceText"
              rows={14}
              lang={sourceLang}
              dir={directionOf(sourceLang)}
              aria-invalid={Boolean(fieldErrors.sourceText)}
              aria-describedby={fieldErrors.sourceText ? "sourceText-error" : undefined}
            />
          </label>
          <label>
            <span>{t("articles:new.orFile")}</span>
            <input ref={sourceFile} type="file" name="sourceFile" accept=".txt,text/plain" />
          </label>
          {fieldError("sourceText")}
        </fieldset>
        <fieldset>
          <legend>{t("articles:new.target")}</legend>
          <label>
            <span>{t("articles:new.targetLanguage")}</span>
            <select name="targetLang" value={targetLang} onChange={(e) => setTargetLang(e.target.value)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>{t(`common:languages.${code}`)}</option>
              ))}
            </select>
          </label>
          {fieldError("targetLang")}
          <label>
            <span>{t("articles:new.targetText")}</span>
            <textarea
              ref={targetText}
              name="targetText"
              rows={14}
              lang={targetLang}
              dir={directionOf(targetLang)}
              aria-invalid={Boolean(fieldErrors.targetText)}
              aria-describedby={fieldErrors.targetText ? "targetText-error" : undefined}
            />
          </label>
          <label>
            <span>{t("articles:new.orFile")}</span>
            <input ref={targetFile} type="file" name="targetFile" accept=".txt,text/plain" />
          </label>
          {fieldError("targetText")}
        </fieldset>
      </div>
      <p className="hint">{t("articles:new.limits")}</p>
      {shownSwap ? (
        <ScriptSwapWarning
          sourceLang={sourceLang}
          targetLang={targetLang}
          sourceScript={shownSwap.sourceScript}
          targetScript={shownSwap.targetScript}
          inputs="texts"
          onSwap={swapInputs}
          onKeep={() => send(true)}
          pending={pending}
        />
      ) : null}
      <button type="submit" disabled={pending}>{pending ? t("articles:new.creating") : t("articles:new.create")}</button>
    </form>
  );
}
