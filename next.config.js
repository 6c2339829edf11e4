/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native SQLite bindings and the generated Prisma client stay outside the server bundle.
  // piscina runs the QA worker threads (bundled separately by esbuild, lib/server/qa/qa-worker-bundle.ts).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "piscina", "esbuild"],
  poweredByHeader: false,
  // A second build directory lets two builds of different working copies run side by side.
  distDir: process.env.TADQIQ_DIST_DIR || ".next",
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: "22mb" },
    // forbidden() in pages: a 403 page (app/forbidden.tsx) for a signed-in user whose role lacks access.
    authInterrupts: true,
  },
};

export default nextConfig;
