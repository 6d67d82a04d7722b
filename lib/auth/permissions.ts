import { AccessDeniedError } from "@/lib/errors";
import { isRole, type Role } from "./roles";

// Every permission the app checks. Later features add theirs here and to the table below.
export const PERMISSIONS = [
  "settings.users.manage",
  "settings.teams.manage",
  "settings.company.manage",
  "settings.numbering.manage",
  "audit.read",
  "directory.read",
  "catalog.read",
  "catalog.manage",
  "pricing.manage",
  "currency.manage",
  "cost.read",
  "stock.read",
  "stock.manage",
  "crm.read",
  "crm.manage",
  "settings.pipeline.manage",
  // Partner API keys and webhooks (admin only).
  "api.manage",
  // Quote to cash (issue 5). Documents are scoped like their account (lib/sales/sales-scope.ts).
  "sales.read", // quotes, orders, deliveries, returns, invoices, payments, statements
  "sales.manage", // create and edit quotes and orders, confirm, cancel
  "quotes.approve", // approve discounts above a role's limit
  "credit.release", // release an order from credit hold
  "delivery.manage", // create and post deliveries and returns, record receipts
  "billing.manage", // invoices, credit notes, payments, refunds, cash sales
  "billing.read", // aging, reconciliation across all customers
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one role → permission table. A role missing here has no permissions (fail closed). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  manager: [
    "directory.read", "catalog.read", "catalog.manage", "pricing.manage", "cost.read", "stock.read", "crm.read", "crm.manage",
    "sales.read", "sales.manage", "quotes.approve", "credit.release", "delivery.manage", "billing.read",
  ],
  // Sales see prices and availability, never cost.
  sales: ["directory.read", "catalog.read", "stock.read", "crm.read", "crm.manage", "sales.read", "sales.manage"],
  // Finance reads accounts (credit limits, terms) but does not edit them.
  finance: [
    "directory.read", "catalog.read", "pricing.manage", "currency.manage", "cost.read", "stock.read", "crm.read",
    "sales.read", "credit.release", "billing.manage", "billing.read",
  ],
  warehouse: ["directory.read", "catalog.read", "cost.read", "stock.read", "stock.manage", "sales.read", "delivery.manage"],
};

export type HasRole = { role: string; active?: boolean };

export function can(actor: HasRole | null | undefined, permission: Permission): boolean {
  if (!actor || actor.active === false || !isRole(actor.role)) return false;
  return ROLE_PERMISSIONS[actor.role]?.includes(permission) ?? false;
}

/** Throws unless the actor holds the permission; unknown roles and missing actors fail. */
export function assertCan(actor: HasRole | null | undefined, permission: Permission): void {
  if (!can(actor, permission)) throw new AccessDeniedError();
}
