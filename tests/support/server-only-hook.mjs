// Node module hook for test processes that load the data layer outside Next and vitest: `server-only` (which throws
// outside React's server condition) resolves to an empty module, so the process can run without
// --conditions=react-server (under which next/navigation cannot load). Use: node --import ./tests/support/server-only-hook.mjs
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
