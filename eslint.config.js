import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import boundaries from "./eslint/boundaries.js";

// The privacy boundary (eslint/boundaries.js resolves every import to a file, so aliases and
// relative paths are the same import). The public side of the shop (public pages, components,
// the document shell, and every model, service and helper they can reach) may use only the
// modules listed here; each listed module is held to the same lists, so nothing on the public
// side can reach a maker's drafts, her staff-only record or anything she did not approve. A new
// model or service is off-limits to public pages until it is added here, and then it is checked.
const named = (names) => names.map((name) => `${name}.server`);
// None of these can return maker data other than what she approved (that only through
// public-maker.server); user.server serves the staff sign-in pages and never reads makers.
const PUBLIC_MODELS = named(["article", "cart", "collection", "health", "order", "product", "public-maker", "search", "sitemap", "user"]);
// Write-side helpers the public models use: audit entries, queued mail, sessions, rate limits.
// Their readers (the audit log, the mailbox) are back-office models.
const SHARED_MODELS = named(["audit", "outbox", "rate-limit", "session"]);
const PUBLIC_SERVICES = named(["checkout", "image-store", "images", "mail", "maker-photo", "payments"]);
// The only modules that may name a maker's staff-only record (MakerStaffRecord): the back
// office's models, and the portal-account model staff use to name her account.
const STAFF_RECORD_READERS = ["app/models/admin-*.server.ts", "app/models/maker-account.server.ts"];
// The models that read maker data; every other model reaches it only through their selects.
const MAKER_MODELS = ["app/models/public-maker.server.ts", "app/models/maker.server.ts", "app/models/maker-account.server.ts", "app/models/admin-*.server.ts"];
const BACK_OFFICE_AND_PORTAL = ["app/routes/admin*", "app/routes/maker.*", "app/routes/maker_.*", "app/components/admin/**", "app/components/maker-portal/**"];
const PUBLIC_SIDE_REASON =
  "the public side of the shop may use only the models and services listed in eslint.config.js (maker data only through ~/models/public-maker.server).";

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", ".data/", "app/generated/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks, belonging: boundaries },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Command-line scripts talk to a person on the terminal.
    files: ["scripts/**", "prisma/**", "tests/**"],
    rules: { "no-console": "off" },
  },
  // Request bodies are read in one place, which refuses what no action should see (415, 400, 413).
  {
    files: ["app/**"],
    ignores: ["app/utils/request-body.server.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["formData", "text", "json", "arrayBuffer", "blob", "body"].map((property) => ({
          object: "request",
          property,
          message: "Read request bodies through ~/utils/request-body.server (readForm, readFormWithFiles, readText).",
        })),
      ],
    },
  },
  // Only app/models touches the database; routes and components go through them.
  {
    files: ["app/routes/**", "app/components/**", "app/root.tsx"],
    rules: { "belonging/allowed-imports": ["error", { dataAccess: false }] },
  },
  {
    files: ["app/routes/**", "app/components/**", "app/root.tsx"],
    ignores: BACK_OFFICE_AND_PORTAL,
    rules: {
      "belonging/allowed-imports": ["error", { dataAccess: false, only: { models: PUBLIC_MODELS, services: PUBLIC_SERVICES }, reason: PUBLIC_SIDE_REASON }],
    },
  },
  {
    files: [...PUBLIC_MODELS, ...SHARED_MODELS].map((model) => `app/models/${model}.ts`),
    rules: {
      "belonging/allowed-imports": ["error", { only: { models: [...PUBLIC_MODELS, ...SHARED_MODELS], services: [] }, reason: PUBLIC_SIDE_REASON }],
    },
  },
  {
    files: [...PUBLIC_SERVICES.map((service) => `app/services/${service}.ts`), "app/utils/**"],
    ignores: ["app/utils/admin*"],
    rules: {
      "belonging/allowed-imports": ["error", { only: { models: [...PUBLIC_MODELS, ...SHARED_MODELS], services: PUBLIC_SERVICES }, reason: PUBLIC_SIDE_REASON }],
    },
  },
  {
    files: ["app/**"],
    ignores: [...STAFF_RECORD_READERS, "app/generated/**"],
    rules: { "belonging/no-staff-record": "error" },
  },
  {
    files: ["app/models/**"],
    ignores: MAKER_MODELS,
    rules: { "belonging/maker-data": "error" },
  },
);
