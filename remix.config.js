// BELONGING_BUILD_DIR lets a test run build into its own folder, so several runs on one
// machine never overwrite each other's build. Default: build/ and public/build/.
const buildDir = process.env.BELONGING_BUILD_DIR;

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: buildDir ? `${buildDir}/index.js` : "build/index.js",
  assetsBuildDirectory: buildDir ? `${buildDir}/public` : "public/build",
  publicPath: "/build/",
  // Lazy route discovery: a page ships the manifest of its own routes only (3 KB gzip less), and
  // the browser asks /__manifest for the rest as links come into view.
  future: { v3_fetcherPersist: true, v3_lazyRouteDiscovery: true, v3_relativeSplatPath: true, v3_throwAbortReason: true },
};
