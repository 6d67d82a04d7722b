import { ACCOUNT_COLUMNS, ACCOUNT_IMPORT_FIELDS, CONTACT_COLUMNS, CONTACT_IMPORT_FIELDS, LEAD_COLUMNS, LEAD_IMPORT_FIELDS } from "./crm-import-fields";
import type { ImportField } from "@/lib/imports/mapping";

// The CRM import types the /app/crm/import page offers, with their columns, match keys and a
// one-row example for the template download.

export const CRM_IMPORT_TYPES = ["accounts", "contacts", "leads"] as const;
export type CrmImportType = (typeof CRM_IMPORT_TYPES)[number];

export const CRM_IMPORTS: Record<CrmImportType, { fields: readonly ImportField[]; columns: readonly string[]; matchKeys: readonly string[]; example: Record<string, string> }> = {
  accounts: {
    fields: ACCOUNT_IMPORT_FIELDS,
    columns: ACCOUNT_COLUMNS,
    matchKeys: ["code", "tax_id"],
    example: { code: "C-90001", name: "上海示例贸易有限公司", type: "customer", industry: "Machinery", region: "east", province: "上海", city: "上海", tax_id: "91310000MA1FL00000", payment_terms_days: "30", credit_limit: "50000.00", tags: "vip", status: "active" },
  },
  contacts: {
    fields: CONTACT_IMPORT_FIELDS,
    columns: CONTACT_COLUMNS,
    matchKeys: [],
    example: { account_code: "C-90001", name: "李伟", title: "采购经理", department: "采购部", email: "li.wei@example.com", phone: "021-62345678", mobile: "13800138000", preferred_locale: "zh-CN", is_primary: "yes" },
  },
  leads: {
    fields: LEAD_IMPORT_FIELDS,
    columns: LEAD_COLUMNS,
    matchKeys: [],
    example: { person_name: "王芳", company: "杭州示例科技有限公司", title: "采购主管", email: "wang.fang@example.com", phone: "13900139000", region: "east", province: "浙江", city: "杭州", industry: "Electronics", source: "trade_show", campaign: "2026 春季工博会", rating: "hot", score: "70", notes: "展会上咨询了包装线" },
  },
};

export function isCrmImportType(value: string): value is CrmImportType {
  return (CRM_IMPORT_TYPES as readonly string[]).includes(value);
}
