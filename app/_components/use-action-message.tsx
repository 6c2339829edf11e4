"use client";

import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TActionResult } from "@/lib/server/action";
import { isolate } from "@/lib/i18n/bidi";

/** Text parameters (names, terms, file names) keep their own direction inside the translated sentence. */
function isolated(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === "string" ? isolate(value) : value]));
}

/** The translated text of a failed action: its first field error, else its error key (with the English fallback). */
export function useActionErrorText() {
  const { t } = useTranslation(["errors"]);
  return useCallback(
    (result: Extract<TActionResult<unknown>, { ok: false }>) => {
      const field = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
      return t(field ?? result.error.messageKey, { ...isolated(result.error.params), defaultValue: result.error.message });
    },
    [t],
  );
}

/** Shows the outcome of a form's server action: a status line on success, an alert with the translated error otherwise. */
export function useActionMessage() {
  const errorText = useActionErrorText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const show = <T,>(result: TActionResult<T>, okText: string) => setMessage(result.ok ? { ok: true, text: okText } : { ok: false, text: errorText(result) });
  const node = message ? <p className={message.ok ? "ok-message" : "form-error"} role={message.ok ? "status" : "alert"}>{message.text}</p> : null;
  return { show, node };
}
