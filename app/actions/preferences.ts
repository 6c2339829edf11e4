"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { normalizeActorName } from "@/lib/server/actor";
import { ACTOR_COOKIE } from "@/lib/server/session";
import { UI_LANGUAGE_COOKIE, UI_LANGUAGES } from "@/lib/languages";

const YEAR = 60 * 60 * 24 * 365;

/** Stores the interface language choice. */
export async function setUiLanguageAction(lng: string): Promise<void> {
  const parsed = z.enum(UI_LANGUAGES).safeParse(lng);
  if (!parsed.success) return;
  const store = await cookies();
  store.set(UI_LANGUAGE_COOKIE, parsed.data, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  revalidatePath("/", "layout");
}

/** Stores the reviewer's display name (used for revisions, issues and the audit trail). */
export async function setActorNameAction(form: FormData): Promise<void> {
  const name = normalizeActorName(String(form.get("name") ?? ""));
  const store = await cookies();
  store.set(ACTOR_COOKIE, encodeURIComponent(name), { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  revalidatePath("/", "layout");
}
