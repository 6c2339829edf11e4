import { describe, expect, it } from "vitest";

// Behind HTTPS (TADQIQ_URL=https://…) the session cookie must carry Secure. The auth module reads the URL when
// it is first imported, so this file sets it before importing anything from the data layer.
process.env.TADQIQ_URL = "https://tadqiq.newsroom.example";

describe("session cookies behind HTTPS", () => {
  it("are Secure, HttpOnly and SameSite=Lax", async () => {
    const { createUser } = await import("../../lib/server/user/create-user");
    const { authPost } = await import("../../lib/server/auth/auth-handler");
    await createUser({ actor: null, user: { email: "https@example.org", password: "long-password", name: "Https", role: "admin" } });
    const response = await authPost(
      new Request("https://tadqiq.newsroom.example/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://tadqiq.newsroom.example", "x-forwarded-for": "198.51.100.50" },
        body: JSON.stringify({ email: "https@example.org", password: "long-password" }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/__Secure-tadqiq\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});
