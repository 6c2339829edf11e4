/**
 * `npm run bench:web`: how fast the review workbench is for long articles. Seeds a throw-away SQLite database
 * through the data layer with two invented articles (Arabic source, English translation, 300 and 2,000 paragraph
 * pairs, with names, numbers and dates so QA has work) and measures:
 * - getArticleReview alone (server time of the review page's data), median / p95;
 * - with a built app (TADQIQ_DIST_DIR or .next, started here with `next start` on a free local port):
 *   the review page's HTML (server render), one save at a time through `PATCH /api/v1/segments/{id}`, 50
 *   concurrent saves on 50 different paragraphs of one article (every text checked afterwards), and the page in
 *   Chromium (/usr/bin/chromium: DOMContentLoaded, interactive, DOM nodes).
 * Prints a table and rewrites the "bench:web" section of docs/benchmarks.md. Without a build, the HTTP and browser
 * rows are reported as skipped (run `npx next build` first).
 * Then the article-list part (scripts/bench-list.ts: 100,000 articles, list, filters, search, queue; its own
 * section); `--list-only` runs only that part, `--no-list` skips it; TADQIQ_BENCH_DATABASE_URL=postgresql://… runs it
 * on PostgreSQL.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "tadqiq-bench-web-"));
const dbFile = path.join(workDir, "bench.db");
process.env.DATABASE_URL = `file:${dbFile}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";

const SIZES = [300, 2000] as const;
const REVIEW_RUNS = { 300: 15, 2000: 7 } as const;
const SINGLE_SAVES = 30;
const CONCURRENT_SAVES = 50;
const PASSWORD = "bench-web-Password-2026!";
const EMAIL = "bench@example.org";
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// The same flags as playwright.config.ts.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "—");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status > 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

interface Row {
  measure: string;
  p300: string;
  p2000: string;
  target: string;
}

async function main(): Promise<void> {
  console.log(`bench:web — database ${dbFile}`);
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "pipe", env: process.env });
  // The data layer reads DATABASE_URL when it is first imported: only now.
  const { db } = await import("../lib/server/db");
  const { createUser } = await import("../lib/server/user/create-user");
  const { createApiToken } = await import("../lib/server/token/api-tokens");
  const { createArticle } = await import("../lib/server/article/create-article");
  const { getArticleReview } = await import("../lib/server/article/get-article-review");
  const { closeQaPool, warmQaPool } = await import("../lib/server/qa/qa-pool");
  const { qaRunsStarted, settleArticleQa } = await import("../lib/server/qa/article-qa");
  const { updateParagraphText } = await import("../lib/server/paragraph/update-paragraph-text");
  const { ensureQaWorkerBundle } = await import("../lib/server/qa/qa-worker-bundle");
  const { inventArticle } = await import("../lib/seed/invented-article");
  await ensureQaWorkerBundle(root);
  await warmQaPool();

  const user = await createUser({ actor: null, user: { email: EMAIL, name: "Bench Admin", password: PASSWORD, role: "admin" } });
  const actor = { userId: user.id, name: user.name, role: "admin" as const };
  const { token } = await createApiToken({ actor, name: "bench" });

  const articles = new Map<number, string>();
  for (const size of SIZES) {
    const started = performance.now();
    const { source, target } = inventArticle(size, size);
    const alignment = source.map((_, k) => ({ source: [k], target: [k] }));
    const { id } = await createArticle({ actor, title: `Invented ${size}`, sourceLang: "ar", targetLang: "en", sourceParagraphs: source, targetParagraphs: target, alignment });
    articles.set(size, id);
    const findings = await db.finding.count({ where: { articleId: id } });
    console.log(`seeded ${size} paragraph pairs in ${ms(performance.now() - started)} (${findings} findings)`);
  }

  const results: Record<number, Record<string, number | string>> = { 300: {}, 2000: {} };
  for (const size of SIZES) {
    const articleId = articles.get(size)!;
    await getArticleReview({ actor, articleId }); // warm-up
    const times: number[] = [];
    for (let k = 0; k < REVIEW_RUNS[size]; k++) {
      const started = performance.now();
      await getArticleReview({ actor, articleId });
      times.push(performance.now() - started);
    }
    results[size]!.reviewMedian = percentile(times, 50);
    results[size]!.reviewP95 = percentile(times, 95);
    console.log(`getArticleReview ${size}: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);

    // Saves through the data layer in this process (no HTTP): one at a time, then 50 at once; the HTTP figures
    // below use other paragraphs.
    const paragraphs = await db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "desc" }, take: SINGLE_SAVES + CONCURRENT_SAVES });
    const single: number[] = [];
    for (const [k, p] of paragraphs.slice(0, SINGLE_SAVES).entries()) {
      const started = performance.now();
      await updateParagraphText({ actor, paragraphId: p.id, expectedVersion: p.version, text: `${p.text} Seen ${k}.` });
      single.push(performance.now() - started);
    }
    results[size]!.dalSaveP50 = percentile(single, 50);
    results[size]!.dalSaveP95 = percentile(single, 95);
    const runsBefore = qaRunsStarted();
    const concurrent = await Promise.all(
      paragraphs.slice(SINGLE_SAVES).map(async (p, k) => {
        const started = performance.now();
        await updateParagraphText({ actor, paragraphId: p.id, expectedVersion: p.version, text: `${p.text} Seen by ${k}.` });
        return performance.now() - started;
      }),
    );
    await settleArticleQa(articleId);
    results[size]!.dalConcurrentP50 = percentile(concurrent, 50);
    results[size]!.dalConcurrentP95 = percentile(concurrent, 95);
    results[size]!.qaRuns = qaRunsStarted() - runsBefore;
    console.log(`data layer ${size}: save p50 ${ms(percentile(single, 50))} p95 ${ms(percentile(single, 95))}; ${CONCURRENT_SAVES} concurrent p50 ${ms(percentile(concurrent, 50))} p95 ${ms(percentile(concurrent, 95))} (${results[size]!.qaRuns} QA runs)`);
  }
  await closeQaPool();

  // The HTTP and browser part needs a built app.
  const distDir = process.env.TADQIQ_DIST_DIR || ".next";
  let httpNote = "";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    httpNote = `skipped: no build in ${distDir} (run \`npx next build\`, or set TADQIQ_DIST_DIR)`;
    console.log(httpNote);
  } else {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env: { ...process.env, TADQIQ_DIST_DIR: distDir, TADQIQ_URL: base, PORT: String(port), TADQIQ_SIGN_IN_IP_MAX: "1000" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let serverLog = "";
    server.stdout?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    try {
      await waitForServer(`${base}/sign-in`, server, 120_000);
      await httpBench(base, token, articles, results, db);
    } catch (error) {
      httpNote = `failed: ${error instanceof Error ? error.message : String(error)}`;
      console.error(httpNote);
      console.error(serverLog.split("\n").slice(-30).join("\n"));
    } finally {
      // TADQIQ_BENCH_SERVER_LOG=1 shows what the server printed (with TADQIQ_QA_TRACE=1: one line per QA run).
      if (process.env.TADQIQ_BENCH_SERVER_LOG === "1") console.log(`--- server output ---\n${serverLog}--- end of server output ---`);
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }

  const cell = (size: number, key: string, unit = "ms") => {
    const value = results[size]![key];
    if (value === undefined) return "—";
    return typeof value === "number" ? (unit === "ms" ? ms(value) : String(Math.round(value))) : value;
  };
  const rows: Row[] = [
    { measure: "getArticleReview (server data), median", p300: cell(300, "reviewMedian"), p2000: cell(2000, "reviewMedian"), target: "" },
    { measure: "getArticleReview, p95", p300: cell(300, "reviewP95"), p2000: cell(2000, "reviewP95"), target: "≤ 300 ms (300 paragraphs, with render)" },
    { measure: "review page HTML (server render), median", p300: cell(300, "htmlMedian"), p2000: cell(2000, "htmlMedian"), target: "≤ 300 ms (300 paragraphs)" },
    { measure: "single save via the data layer (in process), p50 / p95", p300: `${cell(300, "dalSaveP50")} / ${cell(300, "dalSaveP95")}`, p2000: `${cell(2000, "dalSaveP50")} / ${cell(2000, "dalSaveP95")}`, target: "" },
    { measure: `${CONCURRENT_SAVES} concurrent saves via the data layer, p50 / p95`, p300: `${cell(300, "dalConcurrentP50")} / ${cell(300, "dalConcurrentP95")}`, p2000: `${cell(2000, "dalConcurrentP50")} / ${cell(2000, "dalConcurrentP95")}`, target: "" },
    { measure: "single save via API, p50", p300: cell(300, "saveP50"), p2000: cell(2000, "saveP50"), target: "" },
    { measure: "single save via API, p95", p300: cell(300, "saveP95"), p2000: cell(2000, "saveP95"), target: "≤ 100 ms" },
    { measure: `${CONCURRENT_SAVES} concurrent saves (different paragraphs), p50`, p300: cell(300, "concurrentP50"), p2000: cell(2000, "concurrentP50"), target: "" },
    { measure: `${CONCURRENT_SAVES} concurrent saves, p95`, p300: cell(300, "concurrentP95"), p2000: cell(2000, "concurrentP95"), target: "≤ 500 ms" },
    { measure: `${CONCURRENT_SAVES} concurrent saves, texts persisted`, p300: cell(300, "persisted", ""), p2000: cell(2000, "persisted", ""), target: `${CONCURRENT_SAVES} (no save lost)` },
    { measure: "Chromium: DOMContentLoaded", p300: cell(300, "dcl"), p2000: cell(2000, "dcl"), target: "" },
    { measure: "Chromium: interactive", p300: cell(300, "interactive"), p2000: cell(2000, "interactive"), target: "≤ 1 s" },
    { measure: "Chromium: DOM nodes", p300: cell(300, "nodes", ""), p2000: cell(2000, "nodes", ""), target: "" },
  ];
  const table = ["| measure | 300 paragraphs | 2,000 paragraphs | target |", "| --- | --- | --- | --- |", ...rows.map((r) => `| ${r.measure} | ${r.p300} | ${r.p2000} | ${r.target} |`)].join("\n");
  console.log(`\n${table}\n`);

  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const section = [
    "## bench:web",
    "",
    "Generated by `npm run bench:web` (scripts/bench-web.ts): two invented articles (lib/seed/invented-article.ts;",
    "Arabic source, English translation, names, numbers and dates, a few deliberate errors) seeded through the data",
    "layer into a throw-away SQLite database; saves go through the REST API of `next start` (an API save answers once",
    "written; its QA run follows in a worker thread, coalesced per article) and through the data layer in process (each",
    "save waits for its QA run, as the review page's saves do); the page is loaded in Debian's Chromium.",
    "",
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    `- machine: node ${process.version}, ${cpu} (${os.availableParallelism()} cores; load average ${os.loadavg()[0]!.toFixed(1)} at the end)`,
    `- build: ${httpNote || distDir}`,
    `- QA runs for ${CONCURRENT_SAVES} concurrent saves through the data layer: ${results[300]!.qaRuns} (300 paragraphs), ${results[2000]!.qaRuns} (2,000 paragraphs): coalesced per article`,
    "",
    table,
    "",
  ].join("\n");
  const docPath = path.join(root, "docs", "benchmarks.md");
  const current = fs.existsSync(docPath) ? fs.readFileSync(docPath, "utf8") : "# Benchmarks\n";
  const pattern = /## bench:web\n[\s\S]*?(?=\n## |$)/;
  const updated = pattern.test(current) ? current.replace(pattern, section.trimEnd() + "\n") : `${current.trimEnd()}\n\n${section}`;
  fs.writeFileSync(docPath, updated);
  console.log("docs/benchmarks.md updated (section bench:web)");
  await db.$disconnect();
}

type Db = Awaited<typeof import("../lib/server/db")>["db"];

async function httpBench(base: string, token: string, articles: Map<number, string>, results: Record<number, Record<string, number | string>>, db: Db): Promise<void> {
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: HTTP ${signIn.status} ${await signIn.text()}`);
  const cookies = signIn.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const cookieHeader = cookies.join("; ");

  const patch = async (paragraphId: string, version: number, text: string): Promise<{ ms: number; status: number }> => {
    const started = performance.now();
    const response = await fetch(`${base}/api/v1/segments/${paragraphId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ target: text, version }),
    });
    await response.text();
    return { ms: performance.now() - started, status: response.status };
  };

  for (const size of SIZES) {
    const articleId = articles.get(size)!;
    // Server render of the review page (HTML complete).
    const htmlTimes: number[] = [];
    for (let k = 0; k < 6; k++) {
      const started = performance.now();
      const response = await fetch(`${base}/articles/${articleId}`, { headers: { cookie: cookieHeader } });
      const html = await response.text();
      if (!response.ok || html.length < 1000) throw new Error(`review page: HTTP ${response.status}`);
      if (k > 0) htmlTimes.push(performance.now() - started); // the first request compiles nothing but warms caches
    }
    results[size]!.htmlMedian = percentile(htmlTimes, 50);

    const paragraphs = await db.paragraph.findMany({ where: { articleId, side: "target" }, orderBy: { position: "asc" } });
    // One save at a time, each on another paragraph.
    const single: number[] = [];
    for (let k = 0; k < SINGLE_SAVES; k++) {
      const p = paragraphs[k]!;
      const result = await patch(p.id, p.version, `${p.text} Reviewed ${k}.`);
      if (result.status !== 200) throw new Error(`save: HTTP ${result.status}`);
      single.push(result.ms);
    }
    results[size]!.saveP50 = percentile(single, 50);
    results[size]!.saveP95 = percentile(single, 95);

    // 50 editors saving at once, each on their own paragraph.
    const chosen = paragraphs.slice(SINGLE_SAVES, SINGLE_SAVES + CONCURRENT_SAVES);
    const texts = chosen.map((p, k) => `${p.text} Checked by editor ${k}.`);
    const concurrent = await Promise.all(chosen.map((p, k) => patch(p.id, p.version, texts[k]!)));
    if (concurrent.some((r) => r.status !== 200)) throw new Error(`concurrent saves: statuses ${[...new Set(concurrent.map((r) => r.status))].join(", ")}`);
    results[size]!.concurrentP50 = percentile(concurrent.map((r) => r.ms), 50);
    results[size]!.concurrentP95 = percentile(concurrent.map((r) => r.ms), 95);
    const stored = await db.paragraph.findMany({ where: { id: { in: chosen.map((p) => p.id) } }, select: { id: true, text: true } });
    const byId = new Map(stored.map((p) => [p.id, p.text]));
    results[size]!.persisted = chosen.filter((p, k) => byId.get(p.id) === texts[k]).length;
    console.log(`HTTP ${size}: page ${ms(results[size]!.htmlMedian as number)}, save p50 ${ms(results[size]!.saveP50 as number)} p95 ${ms(results[size]!.saveP95 as number)}, ${CONCURRENT_SAVES} concurrent p50 ${ms(results[size]!.concurrentP50 as number)} p95 ${ms(results[size]!.concurrentP95 as number)}, persisted ${results[size]!.persisted}/${CONCURRENT_SAVES}`);
  }

  if (!fs.existsSync(chromiumPath)) {
    console.log(`Chromium not found at ${chromiumPath}: browser rows skipped`);
    return;
  }
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: base });
    await context.addCookies(cookies.map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: base })));
    const page = await context.newPage();
    for (const size of SIZES) {
      const articleId = articles.get(size)!;
      await page.goto(`/articles/${articleId}`, { waitUntil: "load" }); // warm-up (fonts, scripts in the cache)
      const samples: Array<{ dcl: number; interactive: number; nodes: number }> = [];
      for (let k = 0; k < 3; k++) {
        await page.goto(`/articles/${articleId}`, { waitUntil: "load" });
        samples.push(
          await page.evaluate(() => {
            const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
            return { dcl: navigation!.domContentLoadedEventEnd, interactive: navigation!.domInteractive, nodes: document.getElementsByTagName("*").length };
          }),
        );
      }
      results[size]!.dcl = percentile(samples.map((s) => s.dcl), 50);
      results[size]!.interactive = percentile(samples.map((s) => s.interactive), 50);
      results[size]!.nodes = samples[samples.length - 1]!.nodes;
      console.log(`Chromium ${size}: DOMContentLoaded ${ms(results[size]!.dcl as number)}, interactive ${ms(results[size]!.interactive as number)}, ${results[size]!.nodes} DOM nodes`);
    }
  } finally {
    await browser.close();
  }
}

/** The article-list part (scripts/bench-list.ts): its own process, database and heap (measured with --expose-gc). */
function runListBench(): void {
  const env = { ...process.env };
  // The review part's throw-away database is not the list's (data/bench-list-<n>.db, or a PostgreSQL DATABASE_URL).
  if (!/^postgres(ql)?:\/\//.test(process.env.TADQIQ_BENCH_DATABASE_URL ?? "")) delete env.DATABASE_URL;
  else env.DATABASE_URL = process.env.TADQIQ_BENCH_DATABASE_URL;
  execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--conditions=react-server", path.join(root, "scripts", "bench-list.ts")], { stdio: "inherit", env });
}

/**
 * The PostgreSQL part (scripts/bench-pg-instances.ts): 50 editors saving at once through two instances on one
 * PostgreSQL database (TADQIQ_BENCH_PG_URL, else TADQIQ_TEST_PG_URL, else the local test server). `--no-pg` skips it.
 */
function runPgBench(): void {
  try {
    execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(root, "scripts", "bench-pg-instances.ts")], { stdio: "inherit", env: process.env });
  } catch {
    console.error("bench:web PostgreSQL part failed (is a PostgreSQL server reachable? see scripts/bench-pg-instances.ts)");
    process.exitCode = 1;
  }
}

// `npm run bench:web -- --list-only`: only the article-list part; `--pg-only`: only the PostgreSQL two-instance part.
const pgOnly = process.argv.includes("--pg-only");
(process.argv.includes("--list-only") || pgOnly ? Promise.resolve() : main())
  .then(() => {
    if (process.exitCode !== 1 && !pgOnly && !process.argv.includes("--no-list")) runListBench();
    if (process.exitCode !== 1 && !process.argv.includes("--list-only") && !process.argv.includes("--no-pg")) runPgBench();
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(workDir, { recursive: true, force: true }));
