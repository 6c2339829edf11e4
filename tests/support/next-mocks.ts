import { vi } from "vitest";
import type { Actor } from "../../lib/server/actor";

/** Cookie jar standing in for next/headers in server-action tests. */
export const cookieJar = new Map<string, string>();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
  }),
  headers: async () => new Headers(),
}));

export const revalidated: string[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => void revalidated.push(path),
}));

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

/** The signed-in user that server actions see (null: nobody). Tests set it. */
export const testSession: { actor: Actor | null } = { actor: { userId: null, name: "Editor", role: "editor", origin: "test" } };

vi.mock("../../lib/server/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/server/session")>();
  const { AppError } = await import("../../lib/server/errors");
  return {
    ...original,
    actorFromHeaders: async () => testSession.actor,
    getOptionalActor: async () => testSession.actor,
    getActor: async () => {
      if (!testSession.actor) throw new AppError("auth.required", "Sign in first.", { status: 401 });
      return testSession.actor;
    },
    requireActor: async () => {
      if (!testSession.actor) throw new RedirectSignal("/sign-in");
      return testSession.actor;
    },
  };
});
