"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Unsaved text of one translation paragraph, kept in this browser until it is saved or discarded. */
export interface TDraft {
  text: string;
  /** The paragraph version the draft started from (a save from it is refused if someone saved since). */
  baseVersion: number;
  updatedAt: number;
}

const storageKey = (articleId: string) => `tadqiq:drafts:${articleId}`;

function readDrafts(articleId: string): Record<string, TDraft> {
  try {
    const raw = window.localStorage.getItem(storageKey(articleId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== "object") return {};
    const drafts: Record<string, TDraft> = {};
    for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
      const draft = value as Partial<TDraft>;
      if (typeof draft?.text === "string" && typeof draft.baseVersion === "number") drafts[id] = { text: draft.text, baseVersion: draft.baseVersion, updatedAt: Number(draft.updatedAt) || 0 };
    }
    return drafts;
  } catch {
    // Storage disabled or a corrupt entry: start without drafts rather than breaking the page.
    return {};
  }
}

function writeDrafts(articleId: string, drafts: Record<string, TDraft>): boolean {
  try {
    if (Object.keys(drafts).length === 0) window.localStorage.removeItem(storageKey(articleId));
    else window.localStorage.setItem(storageKey(articleId), JSON.stringify(drafts));
    return true;
  } catch {
    return false;
  }
}

/**
 * Per-paragraph drafts of one article in localStorage: they survive opening another editor, a reload, leaving
 * the page and a crash; other tabs of the same article see them too. `storageFailed` says when the browser
 * refused to store them (private mode quota), so the page can warn that a reload would lose the text.
 */
export function useDrafts(articleId: string) {
  const [drafts, setDrafts] = useState<Record<string, TDraft>>({});
  const [loaded, setLoaded] = useState(false);
  const [storageFailed, setStorageFailed] = useState(false);
  const current = useRef(drafts);
  current.current = drafts;

  useEffect(() => {
    setDrafts(readDrafts(articleId));
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(articleId)) setDrafts(readDrafts(articleId));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [articleId]);

  const update = useCallback(
    (change: (drafts: Record<string, TDraft>) => Record<string, TDraft>) => {
      const next = change({ ...current.current });
      current.current = next;
      setDrafts(next);
      setStorageFailed(!writeDrafts(articleId, next));
    },
    [articleId],
  );

  const setDraft = useCallback(
    (paragraphId: string, text: string, baseVersion: number, savedText: string) =>
      update((all) => {
        if (text === savedText) delete all[paragraphId];
        else all[paragraphId] = { text, baseVersion, updatedAt: Date.now() };
        return all;
      }),
    [update],
  );
  const clearDraft = useCallback(
    (paragraphId: string) =>
      update((all) => {
        delete all[paragraphId];
        return all;
      }),
    [update],
  );
  return { drafts, loaded, storageFailed, setDraft, clearDraft };
}
