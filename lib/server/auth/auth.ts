import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db, dbProvider } from "../db";
import { appBaseUrl, authSecret } from "./secret";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { PASSWORD_RULES } from "./password-policy";

const baseURL = appBaseUrl();

/** Sign-in requests allowed per client address and minute (per-account failures are limited separately). */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: Number(process.env.TADQIQ_SIGN_IN_IP_MAX) || 20 };

/**
 * Email + password accounts (better-auth): sessions in the database, HttpOnly SameSite=Lax cookies, Secure when
 * served over HTTPS (TADQIQ_URL=https://…), scrypt password hashes, rate-limited sign-in, no session for a
 * deactivated account. Accounts are created by an admin or the CLI, never by public sign-up.
 */
export const auth = betterAuth({
  appName: "tadqiq",
  baseURL,
  secret: authSecret(),
  trustedOrigins: [baseURL, ...(process.env.TADQIQ_TRUSTED_ORIGINS?.split(",").map((o) => o.trim()).filter(Boolean) ?? [])],
  database: prismaAdapter(db, { provider: dbProvider }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_RULES.minLength, maxPasswordLength: PASSWORD_RULES.maxLength, autoSignIn: false },
  disabledPaths: ["/sign-up/email", "/update-user", "/delete-user", "/change-email", "/request-password-reset", "/reset-password"],
  user: {
    additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  databaseHooks: {
    session: {
      create: {
        // A deactivated account gets no new session, whatever the password (same answer as a wrong password).
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
          if (!user || user.deactivatedAt) throw new APIError("UNAUTHORIZED", { message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" });
        },
      },
    },
  },
  rateLimit: {
    enabled: process.env.TADQIQ_DISABLE_RATE_LIMIT !== "1",
    storage: "database",
    window: 60,
    max: 200,
    customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT, "/change-password": SIGN_IN_RATE_LIMIT },
  },
  advanced: {
    // The client address set by scripts/serve.ts (auth-handler.ts removes it when the app runs without that server).
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    useSecureCookies: baseURL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    cookiePrefix: "tadqiq",
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
