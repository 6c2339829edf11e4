"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { importArticleAction, type TImportState } from "../actions";
import { readableText, sniffDeclaredLanguages } from "./sniff-languages";
import { LANGUAGES } from "@/lib/languages";
import { detectScriptSwap, type TLetterScript } from "@/lib/text/script-swap";
import { ScriptSwapWarning } from "@/app/_components/script-swap-warning";
import { translateIsolated } from "@/app/_components/translated";

type TMode = "pair" | "bilingual";
type TFileField = "sourceFile" | "targetFile" | "bilingualFile";
type TMessage = { key: string; params?: Record<string, string | number> };
type TSwap = { sourceScript: TLetterScript | null; targetScript: TLetterScript | null };

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
/** How much of each file the browser reads to tell its writing system. */
const SNIFF_BYTES = 64 * 1024;

/** Whether a source/translation pair of readable files looks swapped; null when a file cannot be read here (.docx). */
async function sniffSwap(source: File, target: File, sourceLang: string, targetLang: string): Promise<TSwap | null> {
  const [sourceHead, targetHead] = await Promise.all([source.slice(0, SNIFF_BYTES).text(), target.slice(0, SNIFF_BYTES).text()]);
  const sourceText = readableText(sourceHead, source.name);
  const targetText = readableText(targetHead, target.name);
  if (sourceText === null || targetText === null) return null;
  const found = detectScriptSwap({ sourceText, targetText, sourceLang, targetLang });
  return found.swapped ? { sourceScript: found.sourceFound, targetScript: found.targetFound } : null;
}

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
  const [swap, setSwap] = useState<TSwap | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const inputs = useRef<Partial<Record<TFileField, HTMLInputElement | null>>>({});

  if (state?.ok) {
    return (
      <section className="import-result" aria-labelledby="import-result-title">
        <h2 id="import-result-title">{t("import:result.title")}</h2>
        <p>{t("import:result.summary", { count: state.data.rows })}</p>
        <ul className="import-warnings">
          {state.data.warnings.map((warning, index) => (
            <li key={index}>{translateIsolated(t, `import:warnings.${warning.code}`, warning.params)}</li>
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
  const swapRefused = serverError?.code === "article.scripts-swapped";
  const message: TMessage | null = clientError ?? (serverError && !state?.fieldErrors && !swapRefused ? { key: serverError.messageKey, params: serverError.params } : null);
  // The server refuses swapped files the browser could not read first (.docx, bilingual files): same warning, same choices.
  const shownSwap: TSwap | null =
    swap ??
    (swapRefused
      ? { sourceScript: (serverError?.details?.sourceScript as TLetterScript | undefined) ?? null, targetScript: (serverError?.details?.targetScript as TLetterScript | undefined) ?? null }
      : null);

  const switchMode = (next: TMode) => {
    setMode(next);
    setClientError(null);
    setSwap(null);
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
    setSwap(null);
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

  const send = (confirmScripts: boolean) => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    if (confirmScripts) data.set("confirmScripts", "true");
    setSwap(null);
    startTransition(() => formAction(data));
  };

  /** Swaps the two chosen files (and what was detected in them), then imports. */
  const swapFiles = () => {
    const source = inputs.current.sourceFile;
    const target = inputs.current.targetFile;
    if (!source || !target) return;
    const sourceFiles = new DataTransfer();
    const targetFiles = new DataTransfer();
    for (const file of Array.from(target.files ?? [])) sourceFiles.items.add(file);
    for (const file of Array.from(source.files ?? [])) targetFiles.items.add(file);
    source.files = sourceFiles.files;
    target.files = targetFiles.files;
    setFiles((current) => ({ ...current, sourceFile: current.targetFile, targetFile: current.sourceFile }));
    setDetected((current) => ({ ...current, sourceFile: current.targetFile, targetFile: current.sourceFile }));
    send(false);
  };

  // Submitting by hand (not through the form's action prop) keeps the chosen files after a refused import.
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
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
      if (mode === "pair" && files.sourceFile && files.targetFile && sourceLang && targetLang) {
        const found = await sniffSwap(files.sourceFile, files.targetFile, sourceLang, targetLang);
        if (found) {
          setSwap(found);
          return;
        }
      }
      send(false);
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
            ref={(element) => {
              inputs.current[field] = element;
            }}
            type="file"
            name={field}
            accept={accept}
            required
            aria-invalid={invalid}
            aria-describedby={fieldError ? `${field}-error` : undefined}
            onChange={(event) => void chooseFile(field, event.target.files?.[0])}
          />
        </label>
        {detected[field] ? <p className="hint">{translateIsolated(t, "import:form.detected", { fileName: files[field]?.name ?? "", lang: detected[field] })}</p> : null}
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
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} className="import-form" noValidate>
      {message ? (
        <p className="form-error" role="alert">{translateIsolated(t, message.key, message.params)}</p>
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
      {shownSwap ? (
        <ScriptSwapWarning
          sourceLang={sourceLang || String(serverError?.params.sourceLang ?? "ar")}
          targetLang={targetLang || String(serverError?.params.targetLang ?? "en")}
          sourceScript={shownSwap.sourceScript}
          targetScript={shownSwap.targetScript}
          inputs="files"
          onSwap={mode === "pair" ? swapFiles : undefined}
          onKeep={() => send(true)}
          pending={pending}
        />
      ) : null}
      <button type="submit" disabled={pending}>{pending ? t("import:form.submitting") : t("import:form.submit")}</button>
    </form>
  );
}
