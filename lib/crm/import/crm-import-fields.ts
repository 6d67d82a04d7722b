import type { ImportField } from "@/lib/imports/mapping";

// The CRM CSV columns. The aliases let a hand-made file (English or Chinese headers, or one
// exported from another CRM) auto-map.

export const ACCOUNT_COLUMNS = [
  "code",
  "name",
  "type",
  "industry",
  "region",
  "province",
  "city",
  "billing_address",
  "shipping_address",
  "tax_id",
  "owner_email",
  "payment_terms_days",
  "credit_limit",
  "tags",
  "status",
] as const;
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number];

const ACCOUNT_ALIASES: Record<AccountColumn, string[]> = {
  code: ["account code", "customer code", "客户编码", "客户编号", "编码", "编号"],
  name: ["account name", "company", "company name", "customer", "customer name", "客户名称", "公司名称", "名称", "客户"],
  type: ["account type", "客户类型", "类型"],
  industry: ["sector", "行业", "所属行业"],
  region: ["sales region", "区域", "大区", "销售区域"],
  province: ["state", "省份", "省"],
  city: ["城市", "市"],
  billing_address: ["billing address", "address", "开票地址", "地址"],
  shipping_address: ["shipping address", "delivery address", "收货地址", "送货地址"],
  tax_id: ["tax id", "vat id", "tax number", "税号", "纳税人识别号", "统一社会信用代码"],
  // Not "owner" / "负责人": the list export writes the owner's name there, not an email.
  owner_email: ["owner email", "owner e-mail", "负责人邮箱", "负责人电子邮件"],
  payment_terms_days: ["payment terms", "terms", "账期", "账期天数", "付款期限"],
  credit_limit: ["credit limit", "信用额度", "credit limit cny", "信用额度cny"],
  tags: ["labels", "标签"],
  status: ["state", "状态"],
};

export const ACCOUNT_IMPORT_FIELDS: readonly ImportField[] = ACCOUNT_COLUMNS.map((key) => ({ key, required: key === "name", aliases: ACCOUNT_ALIASES[key] }));

/** Account input field (the form schema's name) → CSV column, for reporting schema issues. */
export const ACCOUNT_COLUMN_OF_INPUT: Record<string, AccountColumn> = {
  code: "code",
  name: "name",
  type: "type",
  industry: "industry",
  region: "region",
  province: "province",
  city: "city",
  billingAddress: "billing_address",
  shippingAddress: "shipping_address",
  taxId: "tax_id",
  ownerId: "owner_email",
  paymentTermsDays: "payment_terms_days",
  creditLimit: "credit_limit",
  tags: "tags",
  status: "status",
};

export const CONTACT_COLUMNS = ["account_code", "name", "title", "department", "email", "phone", "mobile", "preferred_locale", "is_primary", "notes"] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

const CONTACT_ALIASES: Record<ContactColumn, string[]> = {
  account_code: ["account", "account code", "customer code", "客户编码", "客户编号"],
  name: ["contact", "contact name", "full name", "联系人", "姓名", "联系人姓名"],
  title: ["job title", "position", "职务", "职位"],
  department: ["dept", "部门"],
  email: ["e-mail", "email address", "邮箱", "电子邮件", "电子邮箱"],
  phone: ["telephone", "tel", "office phone", "电话", "座机", "办公电话"],
  mobile: ["cell", "mobile phone", "手机", "手机号", "移动电话"],
  preferred_locale: ["language", "locale", "语言", "首选语言"],
  is_primary: ["primary", "main contact", "主要联系人", "首要联系人"],
  notes: ["note", "comments", "备注", "说明"],
};

export const CONTACT_IMPORT_FIELDS: readonly ImportField[] = CONTACT_COLUMNS.map((key) => ({ key, required: key === "account_code" || key === "name", aliases: CONTACT_ALIASES[key] }));

export const CONTACT_COLUMN_OF_INPUT: Record<string, ContactColumn> = {
  accountId: "account_code",
  name: "name",
  title: "title",
  department: "department",
  email: "email",
  phone: "phone",
  mobile: "mobile",
  preferredLocale: "preferred_locale",
  isPrimary: "is_primary",
  notes: "notes",
};

export const LEAD_COLUMNS = ["person_name", "company", "title", "email", "phone", "region", "province", "city", "industry", "source", "campaign", "owner_email", "rating", "score", "notes"] as const;
export type LeadColumn = (typeof LEAD_COLUMNS)[number];

const LEAD_ALIASES: Record<LeadColumn, string[]> = {
  person_name: ["name", "full name", "contact", "contact name", "lead", "姓名", "联系人", "客户姓名"],
  company: ["company name", "organisation", "organization", "公司", "公司名称", "单位"],
  title: ["job title", "position", "职务", "职位"],
  email: ["e-mail", "email address", "邮箱", "电子邮件", "电子邮箱"],
  phone: ["telephone", "tel", "mobile", "手机", "电话", "联系电话"],
  region: ["sales region", "区域", "大区", "销售区域"],
  province: ["state", "省份", "省"],
  city: ["城市", "市"],
  industry: ["sector", "行业", "所属行业"],
  source: ["lead source", "来源", "线索来源"],
  campaign: ["marketing campaign", "市场活动", "活动"],
  owner_email: ["owner email", "负责人邮箱"],
  rating: ["温度", "评级"],
  score: ["lead score", "评分", "分数"],
  notes: ["note", "comments", "备注", "说明"],
};

export const LEAD_IMPORT_FIELDS: readonly ImportField[] = LEAD_COLUMNS.map((key) => ({ key, required: key === "person_name", aliases: LEAD_ALIASES[key] }));

export const LEAD_COLUMN_OF_INPUT: Record<string, LeadColumn> = {
  personName: "person_name",
  company: "company",
  title: "title",
  email: "email",
  phone: "phone",
  region: "region",
  province: "province",
  city: "city",
  industry: "industry",
  source: "source",
  campaign: "campaign",
  ownerId: "owner_email",
  rating: "rating",
  score: "score",
  notes: "notes",
};
