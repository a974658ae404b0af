import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded from node_modules at run time: bundling PGlite copies its wasm into
  // public assets and breaks it (STACK.md, trap 1).
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default nextConfig;
