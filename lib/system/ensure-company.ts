import "server-only";
import type { Tx } from "@/lib/db/client";
import { DEFAULT_PREFIXES, DOC_TYPES } from "@/lib/domain/document-types";

export { DEFAULT_PREFIXES, DOC_TYPES, type DocType } from "@/lib/domain/document-types";

// China's VAT rates by default, with their EN 16931 category codes.
const VAT_RATES = [
  { code: "VAT13", nameZh: "增值税 13%", nameEn: "VAT 13%", rateBp: 1300, categoryCode: "S", position: 1 },
  { code: "VAT9", nameZh: "增值税 9%", nameEn: "VAT 9%", rateBp: 900, categoryCode: "S", position: 2 },
  { code: "VAT6", nameZh: "增值税 6%", nameEn: "VAT 6%", rateBp: 600, categoryCode: "S", position: 3 },
  { code: "VAT0", nameZh: "零税率", nameEn: "Zero rated", rateBp: 0, categoryCode: "Z", position: 4 },
  { code: "EXEMPT", nameZh: "免税", nameEn: "Exempt", rateBp: 0, categoryCode: "E", position: 5 },
];

// The base currency is enabled; the others wait for an admin to enable them.
const CURRENCIES = [
  { code: "CNY", nameZh: "人民币", nameEn: "Chinese yuan", minorDigits: 2 },
  { code: "USD", nameZh: "美元", nameEn: "US dollar", minorDigits: 2 },
  { code: "EUR", nameZh: "欧元", nameEn: "Euro", minorDigits: 2 },
  { code: "HKD", nameZh: "港元", nameEn: "Hong Kong dollar", minorDigits: 2 },
  { code: "JPY", nameZh: "日元", nameEn: "Japanese yen", minorDigits: 0 },
  { code: "GBP", nameZh: "英镑", nameEn: "Pound sterling", minorDigits: 2 },
];

// Largest discount per role without approval, in basis points.
const DISCOUNT_LIMITS = { admin: 10000, manager: 3000, sales: 1000, finance: 0, warehouse: 0 };

/**
 * What every database needs, demo or not: the company row, numbering rules, VAT rates,
 * currencies, a default warehouse and price list, discount limits. Idempotent: existing rows
 * (an admin's edits) are never overwritten.
 */
export async function ensureCompany(tx: Tx, name: string): Promise<void> {
  const company = await tx.company.upsert({ where: { id: "company" }, create: { id: "company", name }, update: {} });
  for (const docType of DOC_TYPES) {
    await tx.numberingRule.upsert({ where: { docType }, create: { docType, prefix: DEFAULT_PREFIXES[docType] }, update: {} });
  }
  for (const rate of VAT_RATES) await tx.vatRate.upsert({ where: { code: rate.code }, create: rate, update: {} });
  for (const currency of CURRENCIES) {
    await tx.currency.upsert({ where: { code: currency.code }, create: { ...currency, enabled: currency.code === company.baseCurrency }, update: {} });
  }
  for (const [role, maxDiscountBp] of Object.entries(DISCOUNT_LIMITS)) {
    await tx.discountLimit.upsert({ where: { role }, create: { role, maxDiscountBp }, update: {} });
  }
  if ((await tx.warehouse.count()) === 0) {
    await tx.warehouse.create({ data: { code: "WH1", name: "主仓库 Main warehouse", isDefault: true } });
  }
  if ((await tx.priceList.count()) === 0) {
    await tx.priceList.create({
      data: { name: "标准价 Standard", currencyCode: company.baseCurrency, taxInclusive: false, isDefault: true, isPublic: true },
    });
  }
}
