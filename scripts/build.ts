// npm run build: the production build in build/ (the app, its browser assets and the compiled
// server that `npm run serve` runs). Whatever NODE_ENV says, this build is a production one.
import { buildShop } from "./lib/build.ts";
import { PRODUCTION_BUILD_DIR } from "./lib/paths.ts";

await buildShop({ mode: "production", buildDir: PRODUCTION_BUILD_DIR });
console.log(`Production build written to ${PRODUCTION_BUILD_DIR}. Serve it with: NODE_ENV=production npm run serve`);
