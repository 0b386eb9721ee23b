import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const DATA_ACCESS = {
  group: ["~/utils/db.server", "~/generated/*", "@prisma/*"],
  message: "Routes read and write data through app/models/*.server.ts.",
};
const FULL_MAKER_MODEL = {
  group: ["~/models/maker.server", "~/models/maker-*.server"],
  message: "Public pages read makers only through ~/models/public-maker.server.",
};

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", ".data/", "app/generated/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
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
  // Only app/models touches the database; routes, components and services go through them.
  // Public pages reach maker data only through public-maker.server.ts, which can return nothing
  // but approved, consented fields; only the back office and the maker's own portal may use
  // the full maker model.
  {
    files: ["app/routes/**", "app/components/**", "app/root.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATA_ACCESS, FULL_MAKER_MODEL] }] },
  },
  {
    files: ["app/routes/admin*", "app/routes/maker.*", "app/routes/maker_.*", "app/components/admin/**", "app/components/maker-portal/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATA_ACCESS] }] },
  },
  {
    files: ["app/models/**"],
    ignores: ["app/models/maker*.server.ts", "app/models/admin-*.server.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [FULL_MAKER_MODEL] }] },
  },
);
