"use client";

import { useTranslation } from "react-i18next";
import type { TLetterScript } from "@/lib/text/script-swap";

/**
 * "The texts look swapped" (source in the translation's script and the reverse), shown before anything is sent, or
 * after the server refused with article.scripts-swapped. Offers to swap the two inputs, or to go on as they are.
 */
export function ScriptSwapWarning(props: {
  sourceLang: string;
  targetLang: string;
  sourceScript: TLetterScript | null;
  targetScript: TLetterScript | null;
  /** Files or texts: decides the wording of the swap button. */
  inputs: "texts" | "files";
  /** Absent when the inputs cannot be swapped here (one bilingual file). */
  onSwap?: () => void;
  onKeep: () => void;
  pending?: boolean;
}) {
  const { t } = useTranslation("common");
  const script = (value: TLetterScript | null) => (value ? t(`common:scriptSwap.scripts.${value}`) : "");
  return (
    <div className="script-warning" role="alert" aria-labelledby="script-swap-title">
      <p id="script-swap-title"><strong>{t(`common:scriptSwap.title.${props.inputs}`)}</strong></p>
      <p>
        {t(`common:scriptSwap.body.${props.inputs}`, {
          sourceScript: script(props.sourceScript),
          targetScript: script(props.targetScript),
          sourceLanguage: t(`common:languages.${props.sourceLang}`),
          targetLanguage: t(`common:languages.${props.targetLang}`),
        })}
      </p>
      <p className="form-actions">
        {props.onSwap ? (
          <button type="button" onClick={props.onSwap} disabled={props.pending}>{t(`common:scriptSwap.swap.${props.inputs}`)}</button>
        ) : null}
        <button type="button" className="secondary" onClick={props.onKeep} disabled={props.pending}>{t("common:scriptSwap.keep")}</button>
      </p>
    </div>
  );
}
