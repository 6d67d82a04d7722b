import type { Permission } from "@/lib/auth/permissions";

// The sidebar and the command menu list the same pages; each is shown only to roles that may open it.
export type NavItem = { href: string; key: string; icon: string; permission?: Permission };
export type NavSection = { key: string; items: NavItem[] };

export const NAVIGATION: NavSection[] = [
  { key: "main", items: [{ href: "/app", key: "home", icon: "home" }] },
  {
    key: "crm",
    items: [
      { href: "/app/crm/leads", key: "leads", icon: "user-plus", permission: "crm.read" },
      { href: "/app/crm/accounts", key: "accounts", icon: "briefcase", permission: "crm.read" },
      { href: "/app/crm/contacts", key: "contacts", icon: "contact", permission: "crm.read" },
      { href: "/app/crm/opportunities", key: "opportunities", icon: "target", permission: "crm.read" },
      { href: "/app/crm/activities", key: "myDay", icon: "list-checks", permission: "crm.read" },
      { href: "/app/crm/calendar", key: "calendar", icon: "calendar", permission: "crm.read" },
      { href: "/app/crm/duplicates", key: "duplicates", icon: "git-merge", permission: "crm.manage" },
      { href: "/app/crm/import", key: "crmImport", icon: "upload", permission: "crm.manage" },
    ],
  },
  {
    key: "sales",
    items: [
      { href: "/app/sales/quotes", key: "quotes", icon: "file-text", permission: "sales.read" },
      { href: "/app/sales/approvals", key: "quoteApprovals", icon: "stamp", permission: "quotes.approve" },
      { href: "/app/sales/orders", key: "salesOrders", icon: "shopping-cart", permission: "sales.read" },
      { href: "/app/sales/credit-holds", key: "creditHolds", icon: "shield-alert", permission: "credit.release" },
      { href: "/app/sales/deliveries", key: "deliveries", icon: "truck", permission: "sales.read" },
      { href: "/app/sales/returns", key: "salesReturns", icon: "undo", permission: "sales.read" },
    ],
  },
  {
    key: "billing",
    items: [
      { href: "/app/billing/invoices", key: "invoices", icon: "receipt", permission: "sales.read" },
      { href: "/app/billing/payments", key: "payments", icon: "wallet", permission: "sales.read" },
      { href: "/app/billing/cash-sale", key: "cashSale", icon: "banknote", permission: "billing.manage" },
      { href: "/app/billing/receivables", key: "receivables", icon: "coins", permission: "billing.read" },
      { href: "/app/billing/reconciliation", key: "reconciliation", icon: "scale", permission: "billing.read" },
    ],
  },
  {
    key: "service",
    items: [
      { href: "/app/service/cases", key: "serviceCases", icon: "wrench", permission: "crm.read" },
      { href: "/app/service/care", key: "customerCare", icon: "heart-handshake", permission: "crm.read" },
      { href: "/app/service/analysis", key: "faultAnalysis", icon: "chart-column", permission: "crm.read" },
    ],
  },
  {
    key: "catalog",
    items: [
      { href: "/app/catalog/products", key: "products", icon: "package", permission: "catalog.read" },
      { href: "/app/catalog/categories", key: "categories", icon: "folder-tree", permission: "catalog.manage" },
      { href: "/app/pricing/price-lists", key: "priceLists", icon: "tags", permission: "pricing.manage" },
      { href: "/app/pricing/currencies", key: "currencies", icon: "coins", permission: "currency.manage" },
    ],
  },
  {
    key: "stock",
    items: [
      { href: "/app/stock", key: "stockBalances", icon: "boxes", permission: "stock.read" },
      { href: "/app/stock/operations", key: "stockOperations", icon: "arrow-left-right", permission: "stock.read" },
      { href: "/app/stock/counts", key: "stockCounts", icon: "clipboard-check", permission: "stock.manage" },
      { href: "/app/stock/low", key: "lowStock", icon: "alert-triangle", permission: "stock.read" },
      { href: "/app/stock/warehouses", key: "warehouses", icon: "warehouse", permission: "stock.manage" },
    ],
  },
  {
    key: "settings",
    items: [
      { href: "/app/settings/users", key: "users", icon: "users", permission: "settings.users.manage" },
      { href: "/app/settings/teams", key: "teams", icon: "network", permission: "settings.teams.manage" },
      { href: "/app/settings/company", key: "company", icon: "building", permission: "settings.company.manage" },
      { href: "/app/settings/numbering", key: "numbering", icon: "hash", permission: "settings.numbering.manage" },
      { href: "/app/settings/taxes", key: "taxes", icon: "percent", permission: "pricing.manage" },
      { href: "/app/settings/discounts", key: "discounts", icon: "badge-percent", permission: "pricing.manage" },
      { href: "/app/settings/leads", key: "leadAssignment", icon: "shuffle", permission: "settings.company.manage" },
      { href: "/app/settings/pipeline", key: "pipelineStages", icon: "target", permission: "settings.pipeline.manage" },
      { href: "/app/settings/api-keys", key: "apiKeys", icon: "key", permission: "api.manage" },
      { href: "/app/settings/audit", key: "audit", icon: "history", permission: "audit.read" },
      { href: "/app/settings/outbox", key: "outbox", icon: "send", permission: "settings.company.manage" },
    ],
  },
];
