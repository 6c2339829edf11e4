import { vi } from "vitest";

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
