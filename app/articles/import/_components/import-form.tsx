"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { importArticleAction, type TImportState } from "../actions";
import { sniffDeclaredLanguages } from "./sniff-languages";
import { LANGUAGES } from "@/lib/languages";

type TMode = "pair" | "bilingual";
type TFileField = "sourceFile" | "targetFile" | "bilingualFile";
type TMessage = { key: string; params?: Record<string, string | number> };

const MB = 1024 * 1024;
/** Same limit as the server (lib/formats MAX_FILE_BYTES); checked here so a huge file is refused before upload. */
const MAX_FILE_BYTES = 10 * MB;
/** Two full-size files plus the form fit in one request (next.config.js bodySizeLimit is 22 MB). */
const MAX_UPLOAD_BYTES = 21 * MB;
const ACCEPT_PAIR = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx";
const ACCEPT_BILINGUAL = ".xlf,.xliff,.xlf2,.mqxliff,.sdlxliff,.tmx,.xml";
const FIELDS: Record<TMode, TFileField[]> = { pair: ["sourceFile", "targetFile"], bilingual: ["bilingualFile"] };
/** Which file an error of the data layer is about (AppError details.file). */
const FIELD_OF_ROLE: Record<string, TFileField> = { source: "sourceFile", target: "targetFile", bilingual: "bilingualFile" };

const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** The "Import files" form: two monolingual files or one bilingual file, languages prefilled from the files. */
export function ImportForm() {
  const { t } = useTranslation(["import", "common", "errors"]);
  const [state, formAction, pending] = useActionState<TImportState, FormData>(importArticleAction, null);
  const [mode, setMode] = useState<TMode>("pair");
  const [sourceLang, setSourceLang] = useState("ar");
  const [targetLang, setTargetLang] = useState("en");
  const [files, setFiles] = useState<Partial<Record<TFileField, File>>>({});
  const [detected, setDetected] = useState<Partial<Record<TFileField, string>>>({});
  const [clientError, setClientError] = useState<TMessage | null>(null);

  if (state?.ok) {
    return (
      <section className="import-result" aria-labelledby="import-result-title">
        <h2 id="import-result-title">{t("import:result.title")}</h2>
        <p>{t("import:result.summary", { count: state.data.rows })}</p>
        <ul className="import-warnings">
          {state.data.warnings.map((warning, index) => (
            <li key={index}>{t(`import:${warning.key}`, warning.params)}</li>
          ))}
        </ul>
        <p className="form-actions">
          <Link href={`/articles/${state.data.id}`} className="button">{t("import:result.open")}</Link>{" "}
          <a href="/articles/import">{t("import:result.another")}</a>
        </p>
      </section>
    );
  }

  const serverError = state && !state.ok ? state.error : null;
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errorField = serverError?.details?.file ? FIELD_OF_ROLE[String(serverError.details.file)] : undefined;
  const message: TMessage | null = clientError ?? (serverError && !state?.fieldErrors ? { key: serverError.messageKey, params: serverError.params } : null);

  const switchMode = (next: TMode) => {
    setMode(next);
    setClientError(null);
    // A bilingual file declares its languages; a pair of Word files usually does not.
    if (next === "bilingual") {
      setSourceLang("");
      setTargetLang("");
    } else {
      setSourceLang((current) => current || "ar");
      setTargetLang((current) => current || "en");
    }
  };

  const chooseFile = async (field: TFileField, file: File | undefined) => {
    setFiles((current) => ({ ...current, [field]: file }));
    setDetected((current) => ({ ...current, [field]: undefined }));
    setClientError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setClientError({ key: "import:errors.file.too-large", params: { fileName: file.name, sizeMb: megabytes(file.size), limitMb: megabytes(MAX_FILE_BYTES) } });
      return;
    }
    const declared = sniffDeclaredLanguages(await file.slice(0, 64 * 1024).text());
    if (field !== "targetFile" && declared.source) setSourceLang(declared.source);
    if (field !== "sourceFile" && declared.target) setTargetLang(declared.target);
    const shown = field === "targetFile" ? declared.targetTag : field === "sourceFile" ? declared.sourceTag : [declared.sourceTag, declared.targetTag].filter(Boolean).join(" → ");
    if (shown) setDetected((current) => ({ ...current, [field]: shown }));
  };

  // Submitting by hand (not through the form's action prop) keeps the chosen files after a refused import.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = FIELDS[mode].map((field) => files[field]).filter((file): file is File => Boolean(file));
    const tooLarge = chosen.find((file) => file.size > MAX_FILE_BYTES);
    const total = chosen.reduce((sum, file) => sum + file.size, 0);
    if (tooLarge) {
      setClientError({ key: "import:errors.file.too-large", params: { fileName: tooLarge.name, sizeMb: megabytes(tooLarge.size), limitMb: megabytes(MAX_FILE_BYTES) } });
    } else if (total > MAX_UPLOAD_BYTES) {
      setClientError({ key: "import:errors.upload-too-large", params: { sizeMb: megabytes(total), limitMb: megabytes(MAX_UPLOAD_BYTES) } });
    } else {
      setClientError(null);
      const data = new FormData(event.currentTarget);
      startTransition(() => formAction(data));
    }
  };

  const fileInput = (field: TFileField, label: string, accept: string) => {
    const fieldError = fieldErrors[field];
    const invalid = Boolean(fieldError) || errorField === field;
    return (
      <div className="file-field">
        <label>
          <span>{label}</span>
          <input
            type="file"
            name={field}
            accept={accept}
            required
            aria-invalid={invalid}
            aria-describedby={fieldError ? `${field}-error` : undefined}
            onChange={(event) => void chooseFile(field, event.target.files?.[0])}
          />
        </label>
        {detected[field] ? <p className="hint">{t("import:form.detected", { fileName: files[field]?.name ?? "", lang: detected[field] })}</p> : null}
        {fieldError ? (
          <p className="field-error" id={`${field}-error`} role="alert">{t(fieldError)}</p>
        ) : null}
      </div>
    );
  };

  const languageSelect = (name: "sourceLang" | "targetLang", value: string, onChange: (value: string) => void) => (
    <label>
      <span>{t(name === "sourceLang" ? "import:form.sourceLanguage" : "import:form.targetLanguage")}</span>
      <select name={name} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={Boolean(fieldErrors[name])}>
        <option value="">{t("import:form.fromFile")}</option>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>{t(`common:languages.${code}`)}</option>
        ))}
      </select>
      {fieldErrors[name] ? <span className="field-error" role="alert">{t(fieldErrors[name])}</span> : null}
    </label>
  );

  return (
    <form onSubmit={onSubmit} className="import-form" noValidate>
      {message ? (
        <p className="form-error" role="alert" dir="auto">{t(message.key, message.params)}</p>
      ) : null}
      <fieldset>
        <legend>{t("import:form.mode")}</legend>
        <label className="inline-choice">
          <input type="radio" name="mode" value="pair" checked={mode === "pair"} onChange={() => switchMode("pair")} />
          {t("import:form.modePair")}
        </label>
        <label className="inline-choice">
          <input type="radio" name="mode" value="bilingual" checked={mode === "bilingual"} onChange={() => switchMode("bilingual")} />
          {t("import:form.modeBilingual")}
        </label>
      </fieldset>
      {mode === "pair" ? (
        <div className="two-columns">
          <fieldset>
            <legend>{t("import:form.source")}</legend>
            {fileInput("sourceFile", t("import:form.sourceFile"), ACCEPT_PAIR)}
            {languageSelect("sourceLang", sourceLang, setSourceLang)}
          </fieldset>
          <fieldset>
            <legend>{t("import:form.target")}</legend>
            {fileInput("targetFile", t("import:form.targetFile"), ACCEPT_PAIR)}
            {languageSelect("targetLang", targetLang, setTargetLang)}
          </fieldset>
          <p className="hint">{t("import:form.pairHint")}</p>
        </div>
      ) : (
        <div className="bilingual-fields">
          {fileInput("bilingualFile", t("import:form.bilingualFile"), ACCEPT_BILINGUAL)}
          <div className="two-columns">
            {languageSelect("sourceLang", sourceLang, setSourceLang)}
            {languageSelect("targetLang", targetLang, setTargetLang)}
          </div>
          <p className="hint">{t("import:form.bilingualHint")}</p>
        </div>
      )}
      <label>
        <span>{t("import:form.articleTitle")}</span>
        <input name="title" maxLength={300} dir="auto" placeholder={t("import:form.titlePlaceholder")} />
      </label>
      <p className="hint">{t("import:form.limits")}</p>
      <button type="submit" disabled={pending}>{pending ? t("import:form.submitting") : t("import:form.submit")}</button>
    </form>
  );
}
