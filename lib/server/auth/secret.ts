import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, or one generated on first start and kept next to the
 * embedded database (mode 600), so `npm start` needs no set-up and sessions survive restarts.
 */
export function authSecret(dataDir = path.resolve("data")): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, ".auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    // Another process created it first: use theirs.
    return fs.readFileSync(file, "utf8").trim();
  }
}

/** The public base URL of the app (TADQIQ_URL), used for cookies and origin checks. */
export function appBaseUrl(): string {
  return (process.env.TADQIQ_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
}
