/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native SQLite bindings and the generated Prisma client stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: "22mb" },
  },
};

export default nextConfig;
