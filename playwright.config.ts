import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);
// E2E_NAME gives a run its own database and signed-in states, so two runs can share a working copy.
const name = process.env.E2E_NAME || "e2e";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/${name}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  projects: [
    // Creates the first account through the browser, the other roles through the CLI, and signs each in once.
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], testIgnore: /.*\.setup\.ts/, use: { storageState: `playwright/.auth/${name}/editor.json` } },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // A fresh embedded database for every run; the start script migrates it, loads the sample and builds if needed.
    command: `rm -f data/${name}.db data/${name}.db-journal playwright/.auth/${name}/*.json && node_modules/.bin/tsx scripts/start.ts`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:./data/${name}.db`,
      PORT: String(port),
      TADQIQ_URL: `http://127.0.0.1:${port}`,
      // Many sign-ins come from one address during the run; per-account throttling stays on.
      TADQIQ_SIGN_IN_IP_MAX: "200",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
