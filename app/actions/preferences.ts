"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
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
