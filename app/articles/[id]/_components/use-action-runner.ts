"use client";

import { useCallback, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import type { TActionResult } from "@/lib/server/action";

/** Runs server actions in a transition and turns failures into a translated message. */
export function useActionRunner() {
  const { t } = useTranslation(["errors"]);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    <T,>(action: () => Promise<TActionResult<T>>, onSuccess?: (data: T) => void, onFailure?: (result: Extract<TActionResult<T>, { ok: false }>) => boolean | void) => {
      setError(null);
      startTransition(async () => {
        const result = await action();
        if (result.ok) onSuccess?.(result.data);
        else if (!onFailure?.(result)) {
          const field = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
          setError(t(field ?? result.error.messageKey, { ...result.error.params, defaultValue: result.error.message }));
        }
      });
    },
    [t],
  );
  return { run, pending, error, setError };
}
