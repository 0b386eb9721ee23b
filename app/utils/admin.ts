// Back-office constants shared by models (server) and pages (browser): no server code here.

/** Entity types the audit log records, for its filter. */
export const AUDIT_ENTITY_TYPES = ["User", "Product", "ProductImage", "ProductVariant", "Maker", "Order", "Article", "Collection"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const STOCK_FILTERS = ["all", "low", "sold-out"] as const;
export type StockFilter = (typeof STOCK_FILTERS)[number];

/** Why staff change on-hand stock by hand (sales and opening stock are written by the shop). */
export const ADJUST_REASONS = ["RECEIVED", "CORRECTION", "DAMAGED", "RETURNED"] as const;
export type AdjustReason = (typeof ADJUST_REASONS)[number];

/** How many ledger entries a variant's page shows. */
export const LEDGER_LIMIT = 100;

/** How many low-stock variants the overview lists. */
export const LOW_STOCK_LIST_LIMIT = 25;

/** Orders per page in the back office's order list. */
export const ORDERS_PAGE_SIZE = 30;

/** The states the journal list filters by; "scheduled" is published with a future date. */
export const ARTICLE_LIST_STATES = ["draft", "scheduled", "published", "archived"] as const;
export type ArticleListState = (typeof ARTICLE_LIST_STATES)[number];
