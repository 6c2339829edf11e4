"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TParagraphDto } from "@/lib/server/article/get-article-review";
import type { TDraft } from "./use-drafts";

export interface TSaveOutcome {
  ok: boolean;
  conflict?: { currentText: string; currentVersion: number };
  error?: string;
}

export interface ParagraphEditorProps {
  paragraph: TParagraphDto;
  label: string;
  lang: string;
  dir: "rtl" | "ltr";
  draft: TDraft | undefined;
  onDraft: (text: string, baseVersion: number) => void;
  /** Saves `text` from `baseVersion`; `then` says what to do after a successful save. */
  onSave: (text: string, baseVersion: number, then: "stay" | "next") => Promise<TSaveOutcome>;
  /** Closes the editor; the draft (if any) stays. */
  onClose: () => void;
  onDiscard: () => void;
  /** Moves to the previous/next row without closing (the draft stays). */
  onStep: (direction: 1 | -1) => void;
}

/**
 * In-place editor of one translation paragraph. Every keystroke is kept as a draft (see use-drafts), so nothing
 * typed is lost by opening another editor, pressing Esc, reloading or leaving. Enter saves, Ctrl+Enter saves and
 * opens the next row, Esc closes and keeps the draft, Alt+↑/↓ moves to the previous/next row.
 */
export function ParagraphEditor({ paragraph, label, lang, dir, draft, onDraft, onSave, onClose, onDiscard, onStep }: ParagraphEditorProps) {
  const { t } = useTranslation(["workbench", "review"]);
  const [text, setText] = useState(draft?.text ?? paragraph.text);
  const [baseVersion, setBaseVersion] = useState(draft?.baseVersion ?? paragraph.version);
  const [conflict, setConflict] = useState<{ currentText: string; currentVersion: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const changed = text !== paragraph.text;
  // The text at `baseVersion`, when known (opened without a draft): while the editor still holds it, nothing was typed.
  const baseText = useRef<string | null>(draft ? null : paragraph.text);

  // A colleague's save arriving under the open editor (live updates, or a draft older than the paragraph) is shown
  // beside the draft, as a refused save's newer text is, never over it; an editor with nothing typed just takes it.
  useEffect(() => {
    if (paragraph.version <= baseVersion) return;
    if (text === paragraph.text || text === baseText.current) {
      setText(paragraph.text);
      setBaseVersion(paragraph.version);
      baseText.current = paragraph.text;
      setConflict(null);
      return;
    }
    setConflict({ currentText: paragraph.text, currentVersion: paragraph.version });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a newer version arrives
  }, [paragraph.version, paragraph.text]);

  useEffect(() => {
    const element = area.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const edit = (next: string) => {
    setText(next);
    onDraft(next, baseVersion);
  };

  const save = async (then: "stay" | "next") => {
    if (pending) return;
    setPending(true);
    setError(null);
    const outcome = await onSave(text, baseVersion, then);
    setPending(false);
    if (outcome.conflict) setConflict(outcome.conflict);
    else if (!outcome.ok) setError(outcome.error ?? null);
  };

  return (
    <div className="paragraph-editor" data-testid="paragraph-editor">
      <label className="visually-hidden" htmlFor={`editor-${paragraph.id}`}>{t("workbench:editor.label", { name: label })}</label>
      <textarea
        id={`editor-${paragraph.id}`}
        ref={area}
        value={text}
        lang={lang}
        dir={dir}
        rows={Math.min(24, Math.max(3, Math.ceil(text.length / 70)))}
        aria-describedby={`editor-keys-${paragraph.id}`}
        onChange={(e) => edit(e.target.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save("next");
          } else if (e.key === "Enter" && !e.shiftKey && !e.altKey) {
            e.preventDefault();
            void save("stay");
          } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
            e.preventDefault();
            onStep(e.key === "ArrowDown" ? 1 : -1);
          }
        }}
        readOnly={pending}
      />
      <div className="editor-actions">
        <button type="button" onClick={() => void save("stay")} disabled={pending}>{t("review:editor.save")}</button>
        <button type="button" className="secondary" onClick={() => void save("next")} disabled={pending}>{t("workbench:editor.saveNext")}</button>
        <button type="button" className="secondary" onClick={onClose} disabled={pending}>{changed ? t("workbench:editor.closeKeep") : t("workbench:editor.close")}</button>
        {changed ? (
          <button
            type="button"
            className="link"
            disabled={pending}
            onClick={() => {
              setText(paragraph.text);
              setBaseVersion(paragraph.version);
              baseText.current = paragraph.text;
              onDiscard();
            }}
          >
            {t("workbench:editor.discard")}
          </button>
        ) : null}
      </div>
      <p className="hint" id={`editor-keys-${paragraph.id}`}>{t("workbench:editor.keys")}</p>
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
                baseText.current = conflict.currentText;
                onDraft(conflict.currentText, conflict.currentVersion);
                setConflict(null);
                // The panel goes away with the button: the focus goes back to the text box, not the page's start.
                area.current?.focus();
              }}
            >
              {t("review:editor.useTheirs")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setBaseVersion(conflict.currentVersion);
                baseText.current = conflict.currentText;
                onDraft(text, conflict.currentVersion);
                setConflict(null);
                area.current?.focus();
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
