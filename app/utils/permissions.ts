import type { Role } from "~/generated/prisma/enums";

export type { Role };

/** Everyone who works in the back office. Makers sign in too, but only to /maker. */
export const STAFF_ROLES = ["OWNER", "INVENTORY", "EDITOR", "STORYTELLER"] as const satisfies readonly Role[];
export const ALL_ROLES = [...STAFF_ROLES, "MAKER"] as const satisfies readonly Role[];

/**
 * The one permission map: which roles may use each area of the back office. Every admin
 * loader and action passes its area's entry to requireStaff(); the navigation reads it too.
 */
export const PERMISSIONS = {
  dashboard: STAFF_ROLES,
  products: ["OWNER", "INVENTORY"],
  inventory: ["OWNER", "INVENTORY"],
  orders: ["OWNER", "INVENTORY"],
  journal: ["OWNER", "EDITOR"],
  collections: ["OWNER", "EDITOR"],
  makers: ["OWNER", "STORYTELLER"],
  staff: ["OWNER"],
  audit: ["OWNER"],
  settings: ["OWNER"],
} as const satisfies Record<string, readonly Role[]>;

export type AdminArea = keyof typeof PERMISSIONS;

export function canAccess(role: Role, area: AdminArea): boolean {
  return (PERMISSIONS[area] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  INVENTORY: "Inventory",
  EDITOR: "Editor",
  STORYTELLER: "Storyteller",
  MAKER: "Maker",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: "Everything, including staff accounts and settings",
  INVENTORY: "Products, stock and orders",
  EDITOR: "Journal and collections",
  STORYTELLER: "Makers' profile drafts and safety review",
  MAKER: "No back office; her own maker pages only",
};
