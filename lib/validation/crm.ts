import { z } from "zod";
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, REGIONS } from "@/lib/domain/crm";
import { LOCALES } from "@/lib/i18n/locales";

export const CREDIT_CHECK_AT = ["confirm", "delivery"] as const;
export const CREDIT_ACTIONS = ["hold", "warn"] as const;

const Text = (max: number) => z.string().trim().max(max).default("");
const Id = z.string().trim().min(1).max(50);
const Bool = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

// Letters, digits and - _ / . ; empty = generate the next C-00001 style code.
const AccountCode = z
  .string()
  .trim()
  .max(30)
  .default("")
  .refine((v) => v === "" || /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v), { error: "crm.code" });

const WholeDays = z
  .string()
  .trim()
  .default("30")
  .refine((v) => /^\d{1,4}$/.test(v === "" ? "0" : v) && Number(v) <= 3650, { error: "crm.paymentTerms" })
  .transform((v) => (v === "" ? 0 : Number(v)));

export const SplitInput = z.object({ userId: Id, percentBp: z.number().int().min(1, { error: "crm.splitPercent" }).max(10000, { error: "crm.splitPercent" }) });

const accountFields = {
  code: AccountCode,
  name: z.string().trim().min(1).max(200),
  type: z.enum(ACCOUNT_TYPES),
  industry: Text(100),
  region: z.union([z.literal(""), z.enum(REGIONS)]).default(""),
  province: Text(50),
  city: Text(50),
  billingAddress: Text(500),
  shippingAddress: Text(500),
  taxId: Text(50),
  ownerId: Id,
  paymentTermsDays: WholeDays,
  // Decimal text in the base currency ("" = no limit); the service parses it exactly.
  creditLimit: Text(30),
  priceListId: z
    .string()
    .trim()
    .max(50)
    .default("")
    .transform((v) => (v === "" ? null : v)),
  tags: Text(500),
  status: z.enum(ACCOUNT_STATUSES).default("active"),
  // Credit control (issue 5). Absent (e.g. a CSV import without these columns) = keep as is.
  creditOverdueDays: z
    .string()
    .trim()
    .refine((v) => /^\d{1,4}$/.test(v === "" ? "0" : v) && Number(v) <= 3650, { error: "crm.paymentTerms" })
    .transform((v) => (v === "" ? 0 : Number(v)))
    .optional(),
  creditCheckAt: z.enum(CREDIT_CHECK_AT).optional(),
  creditAction: z.enum(CREDIT_ACTIONS).optional(),
  // Percent text, e.g. "30" or "12.5"; parsed to basis points by the service.
  prepaymentPercent: z.string().trim().max(6).optional(),
  splits: z.array(SplitInput).max(10).default([]),
};

export const AccountCreateInput = z.object(accountFields);
export type AccountCreateInput = z.output<typeof AccountCreateInput>;

export const AccountUpdateInput = z.object({ id: Id, ...accountFields });
export type AccountUpdateInput = z.output<typeof AccountUpdateInput>;

const contactFields = {
  accountId: Id,
  name: z.string().trim().min(1).max(100),
  title: Text(100),
  department: Text(100),
  email: z.union([z.literal(""), z.string().trim().toLowerCase().max(320).email({ error: "email" })]).default(""),
  phone: Text(50),
  mobile: Text(50),
  preferredLocale: z.enum(LOCALES).default("zh-CN"),
  isPrimary: Bool,
  notes: Text(2000),
};

export const ContactCreateInput = z.object(contactFields);
export type ContactCreateInput = z.output<typeof ContactCreateInput>;

export const ContactUpdateInput = z.object({ id: Id, ...contactFields });
export type ContactUpdateInput = z.output<typeof ContactUpdateInput>;
