import { defineConfig } from "@playwright/test";

// Two app instances on one PostgreSQL database (tests/e2e-instances): the spec starts both servers itself on the
// built app. npm test runs it after the main end-to-end run with E2E_PG_URL set to its PostgreSQL test server.
export default defineConfig({
  testDir: "tests/e2e-instances",
  outputDir: "test-results/instances",
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
});
