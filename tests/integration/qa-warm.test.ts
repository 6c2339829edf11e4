// The server's first health call warms the QA worker up (its code loaded and compiled before the first saves).
import { afterAll, describe, expect, it } from "vitest";
import { closeQaPool, qaPoolCompleted, qaRunMode, warmQaWorker } from "../../lib/server/qa/qa-pool";
import * as health from "../../app/api/health/route";

afterAll(async () => {
  await closeQaPool();
});

describe("warming the QA worker up", () => {
  it("runs in the worker pool, five checks of an invented article, once per process", async () => {
    expect(qaRunMode()).toBe("worker");
    expect(await qaPoolCompleted()).toBeNull();
    const response = await health.GET();
    expect(response.status).toBe(200);
    await warmQaWorker();
    expect(await qaPoolCompleted()).toBe(5);
    await Promise.all([warmQaWorker(), health.GET()]);
    expect(await qaPoolCompleted()).toBe(5);
  });
});
