import { ACCOUNT_STATUSES, ACCOUNT_TYPES, REGIONS } from "@/lib/domain/crm";
import { LEAD_RATINGS, LEAD_SOURCES } from "@/lib/domain/leads";
import enCrm from "@/lib/i18n/messages/en/crm.json";
import zhCrm from "@/lib/i18n/messages/zh-CN/crm.json";
import enLeads from "@/lib/i18n/messages/en/leads.json";
import zhLeads from "@/lib/i18n/messages/zh-CN/leads.json";

// One CSV row → the values the account / contact form schemas take, on top of the record as it
// is (update) or the defaults (create). Pure, unit tested (crm-rows.test.ts).
//
// Empty cells: a value every record has (name, type, status, owner, payment terms, code,
// language, primary flag) is left as it is — a new record gets the default; an optional value
// (industry, region, addresses, tax id, credit limit, tags, title, phones, notes…) is cleared.

export type CellError = { field: string; key: string; values?: Record<string, string | number> };

function fold(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase().replace(/[\s_-]+/g, "");
}

/** A code from its own spelling or its English / Chinese label ("Prospect", "潜在客户" → prospect). */
export function codeFromLabel<C extends string>(text: string, codes: readonly C[], labels: Record<string, string>[]): C | null {
  const wanted = fold(text);
  for (const code of codes) {
    if (fold(code) === wanted) return code;
    if (labels.some((l) => typeof l[code] === "string" && fold(l[code]) === wanted)) return code;
  }
  return null;
}

const TRUE = new Set(["1", "true", "yes", "y", "x", "✓", "是", "对"]);
const FALSE = new Set(["0", "false", "no", "n", "否", "不是"]);

export function parseBoolean(text: string): boolean | null {
  const v = fold(text);
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

export function parseLocale(text: string): "zh-CN" | "en" | null {
  const v = fold(text);
  if (["zhcn", "zh", "cn", "chinese", "中文", "简体中文", "汉语"].includes(v)) return "zh-CN";
  if (["en", "enus", "engb", "english", "英文", "英语"].includes(v)) return "en";
  return null;
}

export type AccountFormFromRow = {
  code: string;
  name: string;
  type: string;
  industry: string;
  region: string;
  province: string;
  city: string;
  billingAddress: string;
  shippingAddress: string;
  taxId: string;
  paymentTermsDays: string;
  creditLimit: string;
  tags: string;
  status: string;
};

/** The account as the form would show it (text), for an update's starting point. */
export type ExistingAccountForm = AccountFormFromRow & { id: string; ownerId: string };

const NEW_ACCOUNT: AccountFormFromRow = {
  code: "",
  name: "",
  type: "customer",
  industry: "",
  region: "",
  province: "",
  city: "",
  billingAddress: "",
  shippingAddress: "",
  taxId: "",
  paymentTermsDays: "30",
  creditLimit: "",
  tags: "",
  status: "active",
};

// Optional text columns: the cell's value, "" clears.
const ACCOUNT_TEXT: [string, keyof AccountFormFromRow][] = [
  ["industry", "industry"],
  ["province", "province"],
  ["city", "city"],
  ["billing_address", "billingAddress"],
  ["shipping_address", "shippingAddress"],
  ["tax_id", "taxId"],
  ["credit_limit", "creditLimit"],
  ["tags", "tags"],
];

export function accountFormFromRow(values: Record<string, string>, existing: ExistingAccountForm | null): { form: AccountFormFromRow; errors: CellError[] } {
  const form: AccountFormFromRow = existing ? { ...existing } : { ...NEW_ACCOUNT };
  const errors: CellError[] = [];
  const cell = (key: string) => (key in values ? values[key] : undefined);
  // A kept value: only a non-empty cell changes it.
  for (const [column, field] of [["code", "code"], ["name", "name"], ["payment_terms_days", "paymentTermsDays"]] as const) {
    const v = cell(column);
    if (v) form[field] = v;
  }
  for (const [column, field] of ACCOUNT_TEXT) {
    const v = cell(column);
    if (v !== undefined) form[field] = v;
  }
  const coded = (column: string, field: "type" | "status" | "region", codes: readonly string[], group: "types" | "statuses" | "regions", optional: boolean) => {
    const v = cell(column);
    if (v === undefined) return;
    if (v === "") {
      if (optional) form[field] = "";
      return;
    }
    const code = codeFromLabel(v, codes, [enCrm[group], zhCrm[group]]);
    if (code) form[field] = code;
    else errors.push({ field: column, key: "crmChoice", values: { value: v, choices: codes.join(", ") } });
  };
  coded("type", "type", ACCOUNT_TYPES, "types", false);
  coded("status", "status", ACCOUNT_STATUSES, "statuses", false);
  coded("region", "region", REGIONS, "regions", true);
  return { form, errors };
}

export type ContactFormFromRow = {
  name: string;
  title: string;
  department: string;
  email: string;
  phone: string;
  mobile: string;
  preferredLocale: string;
  isPrimary: boolean;
  notes: string;
};

const NEW_CONTACT: ContactFormFromRow = { name: "", title: "", department: "", email: "", phone: "", mobile: "", preferredLocale: "zh-CN", isPrimary: false, notes: "" };

export function contactFormFromRow(values: Record<string, string>, existing: ContactFormFromRow | null): { form: ContactFormFromRow; errors: CellError[] } {
  const form: ContactFormFromRow = existing ? { ...existing } : { ...NEW_CONTACT };
  const errors: CellError[] = [];
  if (values.name) form.name = values.name;
  for (const column of ["title", "department", "email", "phone", "mobile", "notes"] as const) {
    if (column in values) form[column] = values[column];
  }
  if (values.preferred_locale) {
    const locale = parseLocale(values.preferred_locale);
    if (locale) form.preferredLocale = locale;
    else errors.push({ field: "preferred_locale", key: "crmChoice", values: { value: values.preferred_locale, choices: "zh-CN, en" } });
  }
  if (values.is_primary) {
    const flag = parseBoolean(values.is_primary);
    if (flag === null) errors.push({ field: "is_primary", key: "boolean" });
    else form.isPrimary = flag;
  }
  return { form, errors };
}

export type LeadFormFromRow = {
  personName: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  region: string;
  province: string;
  city: string;
  industry: string;
  source: string;
  campaign: string;
  rating: string;
  score: string;
  notes: string;
};

/** A new lead from a CSV row: texts as they are; region, source and rating from a code or its label. */
export function leadFormFromRow(values: Record<string, string>): { form: LeadFormFromRow; errors: CellError[] } {
  const text = (column: string) => (values[column] ?? "").trim();
  const form: LeadFormFromRow = {
    personName: text("person_name"),
    company: text("company"),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
    region: "",
    province: text("province"),
    city: text("city"),
    industry: text("industry"),
    source: "other",
    campaign: text("campaign"),
    rating: "warm",
    score: text("score"),
    notes: text("notes"),
  };
  const errors: CellError[] = [];
  const coded = (column: string, field: "region" | "source" | "rating", codes: readonly string[], labels: Record<string, string>[]) => {
    const v = text(column);
    if (!v) return;
    const code = codeFromLabel(v, codes, labels);
    if (code) form[field] = code;
    else errors.push({ field: column, key: "crmChoice", values: { value: v, choices: codes.join(", ") } });
  };
  coded("region", "region", REGIONS, [enCrm.regions, zhCrm.regions]);
  coded("source", "source", LEAD_SOURCES, [enLeads.sources, zhLeads.sources]);
  coded("rating", "rating", LEAD_RATINGS, [enLeads.ratings, zhLeads.ratings]);
  return { form, errors };
}
