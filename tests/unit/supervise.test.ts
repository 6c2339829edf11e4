import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { supervise, withHeapLimit } from "../../scripts/supervise";

const node = process.execPath;

describe("server supervision", () => {
  it("restarts a server that crashes, and stops once it exits cleanly", async () => {
    // The child crashes twice (exit 1), then exits cleanly; a counter file tells runs apart.
    const counter = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "supervise-")), "runs");
    fs.writeFileSync(counter, "0");
    const script = `const fs=require("fs");const n=Number(fs.readFileSync(${JSON.stringify(counter)},"utf8"))+1;fs.writeFileSync(${JSON.stringify(counter)},String(n));process.exit(n<3?1:0);`;
    const messages: string[] = [];
    const result = await supervise({ command: node, args: ["-e", script], env: process.env, backoffMs: 10, log: (m) => messages.push(m), signals: [] });
    expect(result).toEqual({ code: 0, restarts: 2 });
    expect(fs.readFileSync(counter, "utf8")).toBe("3");
    expect(messages).toEqual([
      "The server stopped unexpectedly (exit code 1); restarting in 10 ms.",
      "The server stopped unexpectedly (exit code 1); restarting in 20 ms.",
    ]);
  });

  it("gives up after the given number of quick crashes in a row", async () => {
    const messages: string[] = [];
    const result = await supervise({ command: node, args: ["-e", "process.exit(3)"], env: process.env, backoffMs: 5, maxQuickCrashes: 3, log: (m) => messages.push(m), signals: [] });
    expect(result).toEqual({ code: 3, restarts: 2 });
    expect(messages.at(-1)).toBe("The server stopped (exit code 3) 3 times in a row within 30 s of starting: giving up.");
  });

  it("restarts a server killed by the out-of-memory heap limit", async () => {
    const messages: string[] = [];
    const grow = "const a=[];for(;;)a.push(new Array(1e5).fill(1));";
    const result = await supervise({ command: node, args: ["--max-old-space-size=32", "-e", grow], env: process.env, backoffMs: 5, maxQuickCrashes: 2, log: (m) => messages.push(m), signals: [] });
    expect(result.restarts).toBe(1);
    expect(messages[0]).toMatch(/^The server stopped unexpectedly \((exit code 134|SIGABRT)\); restarting in 5 ms\.$/);
  });

  it("passes a stop signal on (SIGINT and SIGTERM when run by npm start) and does not restart", async () => {
    const running = supervise({ command: node, args: ["-e", "setInterval(()=>{},1000)"], env: process.env, backoffMs: 5, signals: ["SIGUSR2"] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.emit("SIGUSR2", "SIGUSR2");
    await expect(running).resolves.toEqual({ code: 0, restarts: 0 });
  });

  it("adds a heap limit to NODE_OPTIONS unless one is set", () => {
    expect(withHeapLimit(undefined, 2048)).toBe("--max-old-space-size=2048");
    expect(withHeapLimit("--enable-source-maps", 1024)).toBe("--enable-source-maps --max-old-space-size=1024");
    expect(withHeapLimit("--max-old-space-size=512", 2048)).toBe("--max-old-space-size=512");
  });
});
