// Where the build goes: BELONGING_BUILD_DIR, set by scripts/lib/build.ts (build/ for production,
// build/development/ for npm start, a folder of its own for a test run). Default: build/.
const buildDir = process.env.BELONGING_BUILD_DIR ?? "build";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: `${buildDir}/index.js`,
  assetsBuildDirectory: `${buildDir}/public`,
  publicPath: "/build/",
  // Lazy route discovery: a page ships the manifest of its own routes only (3 KB gzip less), and
  // the browser asks /__manifest for the rest as links come into view.
  future: { v3_fetcherPersist: true, v3_lazyRouteDiscovery: true, v3_relativeSplatPath: true, v3_throwAbortReason: true },
};
