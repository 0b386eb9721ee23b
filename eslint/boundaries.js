// The shop's module boundaries as lint rules, by resolved path, so an alias (`~/models/x`) and a
// relative import (`../models/x`, `./x` inside app/models) are the same import.
//
// belonging/allowed-imports: which modules of app/models and app/services a file may import
// (`only: { models: [...], services: [...] }`, allow-lists of module names such as
// "public-maker.server"; a folder not named is not restricted), and whether it may reach the
// database client itself (`dataAccess`). Static, type-only, re-exported and dynamic imports all
// count.
//
// belonging/no-staff-record: the staff-only MakerStaffRecord (and the `staffRecord` relation to
// it) may not be named, in code, a string or SQL, outside the files allowed to read it.
//
// belonging/maker-data: the other models may not name a maker table (client, string or SQL) or
// select a maker's versions, consents, history, reviews, staff record or account through a
// `maker:` relation; they reach maker data only through the maker models' own selects.
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const APP = path.join(ROOT, "app");

/** The file an import specifier points at, without its extension; null for a package. */
function resolveSpecifier(specifier, fromFile) {
  let target;
  if (specifier.startsWith("~/")) target = path.join(APP, specifier.slice(2));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  return target.replace(/\.(tsx?|jsx?|mjs)$/, "");
}

function isDataAccess(specifier, target) {
  if (specifier.startsWith("@prisma/")) return true;
  if (!target) return false;
  return target === path.join(APP, "utils", "db.server") || target.startsWith(path.join(APP, "generated") + path.sep);
}

const allowedImports = {
  meta: {
    type: "problem",
    docs: { description: "Restricts which models (and whether the database client) a file may import, by resolved path." },
    schema: [
      {
        type: "object",
        properties: {
          only: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          dataAccess: { type: "boolean" },
          reason: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notAllowed: "{{file}} may not import {{target}}: {{reason}}",
      dataAccess: "{{file}} may not import {{target}}: only app/models/*.server.ts touch the database.",
    },
  },
  create(context) {
    const { only = {}, dataAccess = true, reason = "it is not on the list of modules this file may use." } = context.options[0] ?? {};
    const file = path.relative(ROOT, context.filename);
    function check(node, source) {
      if (!source || typeof source.value !== "string") return;
      const specifier = source.value;
      const target = resolveSpecifier(specifier, context.filename);
      if (!dataAccess && isDataAccess(specifier, target)) {
        context.report({ node, messageId: "dataAccess", data: { file, target: specifier } });
        return;
      }
      if (!target) return;
      const folder = path.relative(APP, path.dirname(target));
      if (only[folder] && !only[folder].includes(path.basename(target))) {
        context.report({ node, messageId: "notAllowed", data: { file, target: specifier, reason } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

const STAFF_RECORD = /staffRecord/i;

const noStaffRecord = {
  meta: {
    type: "problem",
    docs: { description: "Keeps the staff-only MakerStaffRecord out of every module not allowed to read it." },
    schema: [],
    messages: {
      named: "Only back-office models read a maker's staff-only record (MakerStaffRecord): her internal label and private notes must never reach this module.",
    },
  },
  create(context) {
    const report = (node) => context.report({ node, messageId: "named" });
    return {
      Identifier: (node) => STAFF_RECORD.test(node.name) && report(node),
      Literal: (node) => typeof node.value === "string" && STAFF_RECORD.test(node.value) && report(node),
      TemplateElement: (node) => STAFF_RECORD.test(node.value.raw) && report(node),
    };
  },
};

// Everything about a maker beyond her public slug: her profile versions (drafts included),
// consents and their history, safety reviews, her staff-only record and her account.
const MAKER_TABLES = /MakerProfileVersion|MakerConsent|ConsentEvent|SafetyReview|MakerStaffRecord/i;
// Her relations, and the staff-only fields that once lived on Maker itself.
const MAKER_PRIVATE_KEYS = new Set(["versions", "consents", "events", "safetyReviews", "staffRecord", "account", "internalLabel", "privateNotes"]);

/** Whether `node` sits inside the value of a `maker:` property (a select, include or where on Maker). */
function insideMakerRelation(node) {
  for (let parent = node.parent?.parent; parent; parent = parent.parent) {
    if (parent.type === "Property" && !parent.computed && (parent.key.name ?? parent.key.value) === "maker") return true;
  }
  return false;
}

const makerDataOnlyThroughItsModels = {
  meta: {
    type: "problem",
    docs: { description: "Keeps maker data (versions, consents, reviews, staff record, account) in the maker models." },
    schema: [],
    messages: {
      table: "Maker data is read only by the maker models: public pages through ~/models/public-maker.server (publicAttributionSelect for a product's maker), staff through the admin models.",
    },
  },
  create(context) {
    const report = (node) => context.report({ node, messageId: "table" });
    return {
      Identifier: (node) => MAKER_TABLES.test(node.name) && report(node),
      Literal: (node) => typeof node.value === "string" && MAKER_TABLES.test(node.value) && report(node),
      TemplateElement: (node) => MAKER_TABLES.test(node.value.raw) && report(node),
      Property: (node) => {
        const name = node.computed ? null : (node.key.name ?? node.key.value);
        if (MAKER_PRIVATE_KEYS.has(name) && insideMakerRelation(node)) report(node.key);
      },
    };
  },
};

export default {
  meta: { name: "belonging" },
  rules: { "allowed-imports": allowedImports, "no-staff-record": noStaffRecord, "maker-data": makerDataOnlyThroughItsModels },
};
