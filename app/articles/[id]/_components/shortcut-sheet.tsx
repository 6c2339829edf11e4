"use client";

import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** The review page's keyboard shortcuts: one table for the key handler's documentation and the `?` sheet. */
export const SHORTCUTS: { keys: string[]; action: string; group: "rows" | "findings" | "editor" | "page" }[] = [
  { keys: ["↓", "J"], action: "nextRow", group: "rows" },
  { keys: ["↑", "K"], action: "previousRow", group: "rows" },
  { keys: ["Home", "End"], action: "firstLastRow", group: "rows" },
  { keys: ["Enter", "E"], action: "edit", group: "rows" },
  { keys: ["R"], action: "reviewed", group: "rows" },
  { keys: ["F"], action: "flag", group: "rows" },
  { keys: ["X"], action: "exclude", group: "rows" },
  { keys: ["H"], action: "history", group: "rows" },
  { keys: ["N"], action: "nextFinding", group: "findings" },
  { keys: ["P", "Shift+N"], action: "previousFinding", group: "findings" },
  { keys: ["A"], action: "apply", group: "findings" },
  { keys: ["C"], action: "accept", group: "findings" },
  { keys: ["D"], action: "dismiss", group: "findings" },
  { keys: ["Enter"], action: "save", group: "editor" },
  { keys: ["Ctrl+Enter"], action: "saveNext", group: "editor" },
  { keys: ["Esc"], action: "close", group: "editor" },
  { keys: ["Alt+↓", "Alt+↑"], action: "stepRow", group: "editor" },
  { keys: ["/"], action: "filter", group: "page" },
  { keys: ["?"], action: "help", group: "page" },
];

/** The `?` sheet: a modal dialog listing every shortcut, in the interface language. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(["workbench"]);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-title">{t("workbench:shortcuts.title")}</h2>
      <p className="hint">{t("workbench:shortcuts.intro")}</p>
      {(["rows", "findings", "editor", "page"] as const).map((group) => (
        <section key={group} aria-labelledby={`shortcuts-${group}`}>
          <h3 id={`shortcuts-${group}`}>{t(`workbench:shortcuts.group.${group}`)}</h3>
          <dl>
            {SHORTCUTS.filter((s) => s.group === group).map((s) => (
              <div key={s.action + s.keys.join()} className="shortcut">
                <dt dir="ltr">
                  {s.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 ? " / " : ""}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{t(`workbench:shortcuts.action.${s.action}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" autoFocus>{t("workbench:shortcuts.close")}</button>
      </form>
    </dialog>
  );
}
