import { checkHealth } from "@/lib/server/health";
import { warmNameRegisters } from "@/lib/server/names/register-index";
import { warmQaWorker } from "@/lib/server/qa/qa-pool";

export const dynamic = "force-dynamic";

/**
 * GET /api/health, for load balancers and monitors (no authentication, one small query): 200
 * {ok: true, database: "sqlite"|"postgresql", migrations: "current"} when the database answers and has exactly the
 * committed migrations; else 503 with ok false and migrations "unreachable", "pending", "changed", "failed" or
 * "unknown" (a newer release migrated it).
 */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  // The server's first call (scripts/serve.ts) also reads the name register ahead and warms the QA worker up, in the
  // background (each once per process).
  if (report.ok) {
    void warmNameRegisters();
    void warmQaWorker();
  }
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
