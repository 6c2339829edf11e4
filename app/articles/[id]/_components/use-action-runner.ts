"use client";

import { useCallback, useState, useTransition } from "react";
import type { TActionResult } from "@/lib/server/action";
import { useActionErrorText } from "@/app/_components/use-action-message";

/** Runs server actions in a transition and turns failures into a translated message. */
export function useActionRunner() {
  const errorText = useActionErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    <T,>(action: () => Promise<TActionResult<T>>, onSuccess?: (data: T) => void, onFailure?: (result: Extract<TActionResult<T>, { ok: false }>) => boolean | void) => {
      setError(null);
      startTransition(async () => {
        const result = await action();
        if (result.ok) onSuccess?.(result.data);
        else if (!onFailure?.(result)) setError(errorText(result));
      });
    },
    [errorText],
  );
  return { run, pending, error, setError };
}
