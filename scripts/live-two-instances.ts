/**
 * `npx tsx scripts/live-two-instances.ts`: live collaboration across two app instances on one PostgreSQL database.
 * Creates a scratch database next to TADQIQ_LIVE_PG_URL (default: the PostgreSQL test database of `npm test`),
 * starts two instances (scripts/start.ts, so they build first when the build is missing or stale: run it when no
 * other build runs) on ports 3340 and 3341, imports the sample article and an admin with an API token through the
 * CLI, opens the article's live stream on instance 2 with a session signed in there, then saves a paragraph 20 times
 * through the REST API of instance 1 and reports the time from each request to its event on instance 2, and the
 * same for a presence report. Stops both instances and drops the database at the end. Exits 1 when an event is missing.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, dropDatabase, scratchName } from "../tests/support/pg-test-db";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const base = process.env.TADQIQ_LIVE_PG_URL?.trim() || "postgresql://tadqiq:tadqiq@localhost:5432/tadqiq_test";
const ports = [3340, 3341] as const;
const SAVES = 20;
const EMAIL = "live-check@example.org";
const PASSWORD = "two-instances-live-check";

const name = scratchName(base, "live");
const url = await createDatabase(base, name);
const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
const servers: ChildProcess[] = [];

async function waitForServer(port: number) {
  for (let i = 0; i < 600; i++) {
    const status = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" }).then((r) => r.status, () => 0);
    if (status > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`instance on port ${port} did not start`);
}

const cli = (...args: string[]) => execFileSync(path.resolve("bin/tadqiq"), args, { env, encoding: "utf8" }).trim().split("\n").at(-1)!;

let failed = false;
try {
  // One after the other: the first may build, the second then finds the build.
  for (const port of ports) {
    servers.push(spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { env: { ...env, PORT: String(port), TADQIQ_URL: `http://127.0.0.1:${port}` }, stdio: ["ignore", "ignore", "inherit"] }));
    await waitForServer(port);
  }
  const [one, two] = ports.map((port) => `http://127.0.0.1:${port}`);
  cli("user", "create", "--email", EMAIL, "--password", PASSWORD, "--role", "admin", "--name", "Live Check");
  const token = cli("token", "create", "--email", EMAIL, "--name", "live-check");
  const articleId = cli("import", "fixtures/cairo-talks/ar.txt", "fixtures/cairo-talks/en.txt", "--source-lang", "ar", "--target-lang", "en", "--title", "Two instances");
  const detail = (await (await fetch(`${one}/api/v1/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { pairs: { id: string; segmentId: string | null; version: number }[] };
  const pair = detail.pairs.find((p) => p.segmentId)!;

  const signIn = await fetch(`${two}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: two }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const stream = await fetch(`${two}/api/articles/${articleId}/events`, { headers: { cookie } });
  if (stream.status !== 200 || !stream.body) throw new Error(`live stream on instance 2: ${stream.status}`);
  const arrivals = new Map<string, number>();
  const reader = stream.body.getReader();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!data) continue;
        const parsed = JSON.parse(data) as { kind?: string; version?: number; entries?: { editing: boolean }[] };
        if (parsed.kind === "paragraph") arrivals.set(`v${parsed.version}`, performance.now());
        if (parsed.entries?.some((e) => e.editing)) arrivals.set("presence", performance.now());
      }
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 500));

  const sent = new Map<string, number>();
  let version = pair.version;
  for (let i = 0; i < SAVES; i++) {
    sent.set(`v${version + 1}`, performance.now());
    const response = await fetch(`${one}/api/v1/segments/${pair.segmentId}`, { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ target: `Saved on instance 1, number ${i + 1}.`, version }) });
    if (response.status !== 200) throw new Error(`save ${i + 1} on instance 1: ${response.status} ${await response.text()}`);
    version++;
  }
  sent.set("presence", performance.now());
  const presence = await fetch(`${one}/api/articles/${articleId}/presence`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ clientId: "live-check-tab", rowId: pair.id, editing: true }) });
  if (presence.status !== 200) throw new Error(`presence on instance 1: ${presence.status}`);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await reader.cancel();

  const latencies = [...sent].filter(([key]) => key !== "presence").map(([key, at]) => (arrivals.has(key) ? Math.round(arrivals.get(key)! - at) : null));
  const missing = latencies.filter((ms) => ms === null).length;
  const seen = latencies.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
  const presenceMs = arrivals.has("presence") ? Math.round(arrivals.get("presence")! - sent.get("presence")!) : null;
  console.log(`saves on instance 1 seen on instance 2: ${seen.length} of ${SAVES}; from request to event: median ${seen[Math.floor(seen.length / 2)]} ms, max ${seen.at(-1)} ms`);
  console.log(`presence reported to instance 1 seen on instance 2: ${presenceMs === null ? "missing" : `${presenceMs} ms`}`);
  failed = missing > 0 || presenceMs === null;
} finally {
  // Stopped (and their connections closed) before the database is dropped.
  await Promise.all(
    servers.map((server) => new Promise((resolve) => {
      if (server.exitCode !== null) return resolve(null);
      server.once("exit", resolve);
      server.kill("SIGTERM");
      setTimeout(resolve, 10_000).unref();
    })),
  );
  await dropDatabase(base, name);
}
process.exit(failed ? 1 : 0);
