"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { saveParagraphAction } from "../actions";
import { useActionRunner } from "./use-action-runner";
import type { TParagraphDto } from "@/lib/server/article/get-article-review";

/** In-place editor of a translation paragraph: Enter or Ctrl+Enter saves, Esc cancels, stale saves are refused. */
export function ParagraphEditor({ paragraph, lang, dir, onClose }: { paragraph: TParagraphDto; lang: string; dir: "rtl" | "ltr"; onClose: () => void }) {
  const { t } = useTranslation(["review", "errors"]);
  const [text, setText] = useState(paragraph.text);
  const [baseVersion, setBaseVersion] = useState(paragraph.version);
  const [conflict, setConflict] = useState<{ currentText: string; currentVersion: number } | null>(null);
  const { run, pending, error } = useActionRunner();
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    area.current?.focus();
    area.current?.setSelectionRange(area.current.value.length, area.current.value.length);
  }, []);

  const save = () =>
    run(
      () => saveParagraphAction({ paragraphId: paragraph.id, expectedVersion: baseVersion, text }),
      () => onClose(),
      (failure) => {
        if (failure.error.code !== "paragraph.conflict") return false;
        setConflict(failure.error.details as { currentText: string; currentVersion: number });
        return true;
      },
    );

  return (
    <div className="paragraph-editor">
      <label className="visually-hidden" htmlFor={`editor-${paragraph.id}`}>{t("review:editor.label")}</label>
      <textarea
        id={`editor-${paragraph.id}`}
        ref={area}
        value={text}
        lang={lang}
        dir={dir}
        rows={Math.max(3, Math.ceil(text.length / 70))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            onClose();
          } else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            save();
          }
        }}
        disabled={pending}
      />
      <div className="editor-actions">
        <button type="button" onClick={save} disabled={pending}>{t("review:editor.save")}</button>
        <button type="button" className="secondary" onClick={onClose} disabled={pending}>{t("review:editor.cancel")}</button>
        <span className="hint">{t("review:editor.keys")}</span>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {conflict ? (
        <div className="conflict" role="alert">
          <p>{t("review:editor.conflict")}</p>
          <blockquote lang={lang} dir={dir}>{conflict.currentText}</blockquote>
          <div className="editor-actions">
            <button
              type="button"
              onClick={() => {
                setText(conflict.currentText);
                setBaseVersion(conflict.currentVersion);
                setConflict(null);
              }}
            >
              {t("review:editor.useTheirs")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setBaseVersion(conflict.currentVersion);
                setConflict(null);
              }}
            >
              {t("review:editor.keepMine")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
