import { loose } from "@/lib/i18n/loose";

/**
 * Action and record-type codes are data written by every feature; known ones get a translated
 * label, a code added later still shows (as itself) until its translation exists.
 */
export function auditLabel(t: unknown, group: "actions" | "entityTypes", code: string): string {
  const tr = loose(t);
  const key = `${group}.${code}`;
  return tr.has(key) ? tr(key) : code;
}

/** Where the record an entry talks about can be opened, when there is a page for it. */
export function auditRecordHref(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case "User":
      return `/app/settings/users/${encodeURIComponent(entityId)}`;
    case "Team":
      return `/app/settings/teams/${encodeURIComponent(entityId)}`;
    case "Company":
      return "/app/settings/company";
    case "NumberingRule":
      return "/app/settings/numbering";
    case "Product":
      return `/app/catalog/products/${encodeURIComponent(entityId)}`;
    case "Category":
      return `/app/catalog/categories/${encodeURIComponent(entityId)}`;
    case "PriceList":
      return `/app/pricing/price-lists/${encodeURIComponent(entityId)}`;
    case "Currency":
      return `/app/pricing/currencies/${encodeURIComponent(entityId)}`;
    case "ApiKey":
      return `/app/settings/api-keys/${encodeURIComponent(entityId)}`;
    case "VatRate":
      return "/app/settings/taxes";
    case "DiscountLimit":
      return "/app/settings/discounts";
    case "Warehouse":
      return `/app/stock/warehouses/${encodeURIComponent(entityId)}`;
    case "StockOperation":
      return `/app/stock/operations/${encodeURIComponent(entityId)}`;
    case "StockCount":
      return `/app/stock/counts/${encodeURIComponent(entityId)}`;
    case "Account":
      return `/app/crm/accounts/${encodeURIComponent(entityId)}`;
    case "Contact":
      return `/app/crm/contacts/${encodeURIComponent(entityId)}`;
    case "Opportunity":
      return `/app/crm/opportunities/${encodeURIComponent(entityId)}`;
    case "Lead":
      return `/app/crm/leads/${encodeURIComponent(entityId)}`;
    case "LeadAssignment":
      return "/app/settings/leads";
    case "PipelineStage":
    case "PipelineStageTask":
      return "/app/settings/pipeline";
    case "ServiceCase":
      return `/app/service/cases/${encodeURIComponent(entityId)}`;
    case "OutboxMessage":
      return `/app/settings/outbox?q=${encodeURIComponent(entityId)}`;
    case "Activity":
      return `/app/crm/activities/${encodeURIComponent(entityId)}`;
    default:
      return null;
  }
}
