"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { createArticleAction, type TCreateArticleState } from "../actions";
import { LANGUAGES, directionOf } from "@/lib/languages";

/** The paste/upload form that creates an article. */
export function NewArticleForm() {
  const { t } = useTranslation(["articles", "common", "errors"]);
  const [state, formAction, pending] = useActionState<TCreateArticleState, FormData>(createArticleAction, null);
  const [sourceLang, setSourceLang] = useState("ar");
  const [targetLang, setTargetLang] = useState("en");
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <p className="field-error" id={`${name}-error`} role="alert">
        {t(fieldErrors[name])}
      </p>
    ) : null;

  return (
    <form action={formAction} className="new-article-form" noValidate>
      {state && !state.ok && !state.fieldErrors ? (
        <p className="form-error" role="alert">{t(state.error.messageKey, state.error.params)}</p>
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
            <input type="file" name="sourceFile" accept=".txt,text/plain" />
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
            <input type="file" name="targetFile" accept=".txt,text/plain" />
          </label>
          {fieldError("targetText")}
        </fieldset>
      </div>
      <p className="hint">{t("articles:new.limits")}</p>
      <button type="submit" disabled={pending}>{pending ? t("articles:new.creating") : t("articles:new.create")}</button>
    </form>
  );
}
