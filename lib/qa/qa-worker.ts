// Entry of the QA worker thread (bundled by lib/server/qa/qa-worker-bundle.ts into .qa-worker/qa-worker.mjs and
// run by a piscina pool), so a long QA run never blocks the server's request thread.
import { runQaTask, type QaTask, type QaTaskResult } from "./check-task";

/** Piscina calls the default export once per task. */
export default function checkInWorker(task: QaTask): QaTaskResult {
  return runQaTask(task);
}
