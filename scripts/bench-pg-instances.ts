/**
 * The PostgreSQL part of `npm run bench:web` (also alone: `npm run bench:web -- --pg-only`): 50 editors saving at
 * once on PostgreSQL through two instances. A throw-away database on the server of TADQIQ_BENCH_PG_URL (else
 * TADQIQ_TEST_PG_URL, else the local test server postgresql://tadqiq:tadqiq@localhost:5432/tadqiq_test; the role needs
 * CREATEDB) gets the committed migrations, 50 editor accounts with one API token each and an invented 310-paragraph
 * article. Two server processes (tests/support/instance-server.ts: the app's route handlers behind scripts/serve.ts's
 * wrapper, one database pool each, QA in worker threads as in production) take the saves. A first burst of 50 saves
 * warms them up (reported apart), then in each measured round the 50
 * editors save 50 different paragraphs at the same moment through `PATCH /api/v1/segments/{id}`, alternately on A and
 * B; afterwards every paragraph must hold its editor's text at the next version (no update lost); the instances' CPU
 * per save is read from /proc. Then the 50 editors
 * all save the SAME paragraph with the same version: exactly one must win, 49 get 409. Rewrites the section
 * "bench:web — PostgreSQL, two instances" of docs/benchmarks.md.
 * Run with: tsx --conditions=react-server scripts/bench-pg-instances.ts
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dropDatabase, withClient } from "../tests/support/pg-test-db";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const EDITORS = 50;
const ROUNDS = Math.min(5, Number(process.env.TADQIQ_BENCH_ROUNDS) || 5);
/** Paragraphs 0–249: the measured rounds; 250–299: the warm-up burst; 300: the contested paragraph. */
const PARAGRAPHS = 310;
const WARM_UP_FROM = 250;
/** Time between the instances listening and the first burst of saves. */
const START_TO_FIRST_BURST_MS = 3000;
const TARGET_P95_MS = 300;
const SECRET = "bench-pg-instances-secret-0123456789abcdef";

/**
 * CPU time (user + system, ms) a process and its descendants (tsx runs the server in a child process) have used so
 * far, from /proc (Linux); null elsewhere.
 */
function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    let total = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    for (const child of children ? children.split(/\s+/) : []) total += processCpuMs(Number(child)) ?? 0;
    return total;
  } catch {
    return null;
  }
}

/** Error lines the instances printed (shown after the table). */
const instanceErrors: string[] = [];
const baseUrl = process.env.TADQIQ_BENCH_PG_URL?.trim() || process.env.TADQIQ_TEST_PG_URL?.trim() || "postgresql://tadqiq:tadqiq@localhost:5432/tadqiq_test";

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const ms = (value: number) => `${Math.round(value)} ms`;

function startInstance(name: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--import", "./tests/support/server-only-hook.mjs", "tests/support/instance-server.ts"], {
    cwd: root,
    env: { ...env, PORT: "0", TADQIQ_URL: "http://localhost:3000", BETTER_AUTH_SECRET: SECRET, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    instanceErrors.push(...chunk.toString().split("\n").filter((line) => /Error|error:/.test(line)).map((line) => `${name}: ${line.slice(0, 200)}`));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start\n${log}`)), 180_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      }
    });
    child.on("exit", (code) => reject(new Error(`instance ${name} exited with ${code}\n${log}`)));
  });
}

// --sqlite: the same harness on one SQLite file shared by the two processes, for comparison on the same machine at
// the same time (printed only; the docs section is the PostgreSQL one).
const sqlite = process.argv.includes("--sqlite");

async function main(): Promise<void> {
  const parsed = new URL(baseUrl);
  const name = `bench_pg_${process.pid}_${Date.now().toString(36)}`;
  const sqliteDir = sqlite ? fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-bench-instances-")) : "";
  if (sqlite) {
    process.env.DATABASE_URL = `file:${path.join(sqliteDir, "bench.db")}`;
  } else {
    await withClient(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    parsed.pathname = `/${name}`;
    process.env.DATABASE_URL = parsed.toString();
  }
  const url = process.env.DATABASE_URL;
  const instances: ChildProcess[] = [];
  try {
    if (sqlite) {
      const { execFileSync } = await import("node:child_process");
      execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "ignore", env: process.env });
    } else {
      const { applyPostgresMigrations } = await import("../lib/server/migrations");
      await withClient(url, (client) => applyPostgresMigrations(client));
    }
    const { db } = await import("../lib/server/db");
    const { createUser } = await import("../lib/server/user/create-user");
    const { createApiToken } = await import("../lib/server/token/api-tokens");
    const { createArticle } = await import("../lib/server/article/create-article");
    const { inventArticle } = await import("../lib/seed/invented-article");
    const { ensureQaWorkerBundle } = await import("../lib/server/qa/qa-worker-bundle");
    await ensureQaWorkerBundle(root);

    const owner = await createUser({ actor: null, user: { email: "chief@example.org", name: "Chief", password: "bench-pg-Password-2026!", role: "admin" } });
    const ownerActor = { userId: owner.id, name: owner.name, role: "admin" as const };
    const tokens: string[] = [];
    for (let k = 0; k < EDITORS; k++) {
      const user = await createUser({ actor: ownerActor, user: { email: `editor${k}@example.org`, name: `Editor ${k}`, password: `bench-pg-Password-2026-${k}!`, role: "editor" } });
      tokens.push((await createApiToken({ actor: { userId: user.id, name: user.name, role: "editor" as const }, name: "bench" })).token);
    }
    const { source, target } = inventArticle(PARAGRAPHS, PARAGRAPHS);
    const { id: articleId } = await createArticle({ actor: ownerActor, title: "Invented 300 (PostgreSQL)", sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target, alignment: source.map((_, k) => ({ source: [k], target: [k] })) });
    const paragraphs = await db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "asc" }, select: { id: true, version: true, text: true } });
    console.log(`bench:web ${sqlite ? "SQLite" : "PostgreSQL"}: database ${sqlite ? url : name}, ${EDITORS} editors, ${paragraphs.length} target paragraphs`);

    const [a, b] = await Promise.all([startInstance("A", process.env), startInstance("B", process.env)]);
    instances.push(a.child, b.child);
    // Each instance's first health call (made when it starts listening, as a load balancer's would be) warms its QA
    // worker up in the background; the editors arrive a few seconds later, as they would after a deployment.
    await new Promise((resolve) => setTimeout(resolve, START_TO_FIRST_BURST_MS));
    const failures = new Map<string, number>();
    const save = async (base: string, token: string, id: string, text: string, version: number) => {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/segments/${id}`, { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ target: text, version }) });
      const body = await response.text();
      if (response.status !== 200 && response.status !== 409) failures.set(`${response.status} ${body.slice(0, 120)}`, (failures.get(`${response.status} ${body.slice(0, 120)}`) ?? 0) + 1);
      return { status: response.status, ms: performance.now() - started };
    };
    // The first burst after start is measured apart: each instance then loads its route modules, opens its pool,
    // starts its QA worker and reads the article for QA, and the JIT compiler has not seen the save path yet. A
    // server that has been up a minute has done all that, so the figure that counts is taken from the bursts after it.
    const warmBatch = paragraphs.slice(WARM_UP_FROM, WARM_UP_FROM + EDITORS);
    const warm = await Promise.all(warmBatch.map((p, k) => save(k % 2 === 0 ? a.url : b.url, tokens[k]!, p.id, `${p.text} Warm-up edit ${k}.`, p.version)));
    const coldP95 = percentile(warm.map((r) => r.ms), 95);
    console.log(`first burst after start (not counted): p50 ${ms(percentile(warm.map((r) => r.ms), 50))}, p95 ${ms(coldP95)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const warmStored = new Map((await db.paragraph.findMany({ where: { id: { in: warmBatch.map((p) => p.id) } }, select: { id: true, text: true } })).map((p) => [p.id, p.text]));
    const warmLost = warmBatch.filter((p, k) => warm[k]!.status === 200 && warmStored.get(p.id) !== `${p.text} Warm-up edit ${k}.`).length;

    const latencies: number[] = [];
    let lost = 0;
    let failed = 0;
    const cpuPerSave: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const cpuBefore = [a.child.pid, b.child.pid].map(processCpuMs);
      const batch = paragraphs.slice(round * EDITORS, (round + 1) * EDITORS);
      const texts = batch.map((p, k) => `${p.text} Edited by editor ${k} in round ${round}.`);
      const results = await Promise.all(batch.map((p, k) => save(k % 2 === 0 ? a.url : b.url, tokens[k]!, p.id, texts[k]!, p.version)));
      failed += results.filter((r) => r.status !== 200).length;
      latencies.push(...results.map((r) => r.ms));
      const stored = await db.paragraph.findMany({ where: { id: { in: batch.map((p) => p.id) } }, select: { id: true, text: true, version: true } });
      const byId = new Map(stored.map((p) => [p.id, p]));
      // lost: answered 200 but not stored as sent (a refused save is not lost: its editor was told and keeps the draft)
      lost += batch.filter((p, k) => results[k]!.status === 200 && (byId.get(p.id)?.text !== texts[k] || byId.get(p.id)?.version !== p.version + 1)).length;
      // the instances' CPU for the round (their QA workers included), per save, once their QA runs have ended
      await new Promise((resolve) => setTimeout(resolve, 400));
      const cpuAfter = [a.child.pid, b.child.pid].map(processCpuMs);
      const used = cpuBefore.every((v) => v !== null) && cpuAfter.every((v) => v !== null) ? (cpuAfter[0]! - cpuBefore[0]! + cpuAfter[1]! - cpuBefore[1]!) / batch.length : null;
      if (used !== null) cpuPerSave.push(used);
      console.log(`round ${round + 1}: ${used !== null ? `instances' CPU ${used.toFixed(1)} ms per save, ` : ""}p50 ${ms(percentile(results.map((r) => r.ms), 50))}, p95 ${ms(percentile(results.map((r) => r.ms), 95))}, max ${ms(Math.max(...results.map((r) => r.ms)))}`);
    }

    // All 50 on one paragraph with the same version: one wins, the others are stale.
    const contested = paragraphs[WARM_UP_FROM + EDITORS]!;
    const race = await Promise.all(tokens.map((token, k) => save(k % 2 === 0 ? a.url : b.url, token, contested.id, `Contested edit ${k}.`, contested.version)));
    const winners = race.filter((r) => r.status === 200).length;
    const stale = race.filter((r) => r.status === 409).length;
    const final = await db.paragraph.findUniqueOrThrow({ where: { id: contested.id }, select: { version: true, text: true } });

    lost += warmLost;
    failed += warm.filter((r) => r.status !== 200).length;
    const cpuMedian = cpuPerSave.length ? percentile(cpuPerSave, 50) : null;
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    const rows = [
      "| measure | value | target |",
      "| --- | --- | --- |",
      `| ${EDITORS} editors saving at once (different paragraphs, A and B alternately), p50 | ${ms(p50)} | |`,
      `| ${EDITORS} editors saving at once, p95 (${latencies.length} saves in ${ROUNDS} rounds) | ${ms(p95)} | ≤ ${TARGET_P95_MS} ms |`,
      `| first burst, ${START_TO_FIRST_BURST_MS / 1000} s after the instances started (50 saves, not counted above), p95 | ${ms(coldP95)} | |`,
      ...(cpuMedian !== null ? [`| CPU of the two instances per save (their QA workers included), median of the rounds | ${cpuMedian.toFixed(1)} ms | |`] : []),
      `| saves answered 200 | ${latencies.length + warm.length - failed} of ${latencies.length + warm.length} | all |`,
      `| saves answered 200 but not stored as sent (lost) | ${lost} | 0 |`,
      `| ${EDITORS} editors saving the same paragraph with the same version | ${winners} saved, ${stale} refused as stale (409); stored version ${final.version} | 1 saved, ${EDITORS - 1} refused |`,
    ].join("\n");
    console.log(`\n${sqlite ? "SQLite (one file, two processes) — not written to the docs" : "PostgreSQL"}\n${rows}\n`);
    for (const [what, count] of failures) console.log(`not saved: ${count} × ${what}`);
    for (const line of [...new Set(instanceErrors)].slice(0, 10)) console.log(line);
    if (sqlite) {
      if (lost > 0 || winners !== 1) process.exitCode = 1;
      await db.$disconnect();
      return;
    }
    const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
    const section = [
      "## bench:web — PostgreSQL, two instances",
      "",
      "Generated by `npm run bench:web` (scripts/bench-pg-instances.ts; alone: `npm run bench:web -- --pg-only`): a throw-away",
      "PostgreSQL database with the committed migrations, 50 editor accounts with one API token each, an invented",
      "300-paragraph article; two server processes (the app's route handlers behind scripts/serve.ts's wrapper, one",
      "connection pool each, QA in worker threads after each save) on that one database. Each round, the 50 editors save",
      "50 different paragraphs at the same moment through `PATCH /api/v1/segments/{id}`, alternately on the two",
      "instances; afterwards every paragraph is read back. A first burst warms the instances up; then five measured",
      "bursts; then all 50 save one paragraph with the same version.",
      "",
      "Reading: a save on PostgreSQL is three round trips of its own: the token sign-in (one statement with the user and",
      "their desk roles), the read of the paragraph with its article and open issues, and one statement that writes the",
      "text, revision, audit entry and search document (guarded by the version and the article's state, so no",
      "transaction is held open); a paragraph with open issues takes a transaction to move their spans. The article's",
      "last-change time and the live notifications are written for many saves at once (a touch per article under way",
      "and one shared by the saves that commit meanwhile; notifications of one event-loop turn in one statement), so",
      "a burst does not queue on the article's row lock. These statements are plain SQL: a Prisma model query costs about three times the",
      "CPU of the same raw statement (~1.3 ms against ~0.4 ms here), and CPU is what limits two instances, PostgreSQL",
      "and the load generator sharing 2 cores. QA runs after the saves in each instance's worker thread, coalesced (two",
      "runs per burst, not 50). Each instance's first health call (as a load balancer makes it) starts its QA worker and",
      "has it check an invented article a few times; the first burst, 3 s after start, is reported apart (V8 is still",
      "compiling the save path then, and each QA worker reads the article). The same harness on one SQLite file shared by two processes",
      "(`tsx --conditions=react-server scripts/bench-pg-instances.ts --sqlite`) refuses many saves with 503 db.busy at",
      "the same load: several instances need PostgreSQL.",
      "",
      `- date: ${new Date().toISOString().slice(0, 10)}`,
      `- machine: node ${process.version}, ${cpu} (${os.availableParallelism()} cores, shared with the PostgreSQL server; load average ${os.loadavg()[0]!.toFixed(1)} at the end)`,
      `- PostgreSQL: ${(await db.$queryRawUnsafe<Array<{ v: string }>>("SELECT current_setting('server_version') AS v"))[0]!.v}, pool ${process.env.TADQIQ_PG_POOL_SIZE || 10} connections per instance`,
      "",
      rows,
      "",
    ].join("\n");
    const docPath = path.join(root, "docs", "benchmarks.md");
    const current = fs.existsSync(docPath) ? fs.readFileSync(docPath, "utf8") : "# Benchmarks\n";
    const pattern = /## bench:web — PostgreSQL, two instances\n[\s\S]*?(?=\n## |$)/;
    fs.writeFileSync(docPath, pattern.test(current) ? current.replace(pattern, section.trimEnd() + "\n") : `${current.trimEnd()}\n\n${section}`);
    console.log("docs/benchmarks.md updated (section bench:web — PostgreSQL, two instances)");
    if (lost > 0 || winners !== 1) process.exitCode = 1;
    await db.$disconnect();
  } finally {
    for (const child of instances) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (sqlite) fs.rmSync(sqliteDir, { recursive: true, force: true });
    else await dropDatabase(baseUrl, name);
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
