import "server-only";
import type { Tx } from "@/lib/db/client";

// Document types that get numbers, with default prefixes (Q-2026-00001 etc.).
export const DOC_TYPES = ["QUOTE", "ORDER", "DELIVERY", "RETURN", "INVOICE", "CREDIT_NOTE", "PAYMENT"] as const;
export type DocType = (typeof DOC_TYPES)[number];
export const DEFAULT_PREFIXES: Record<DocType, string> = {
  QUOTE: "Q",
  ORDER: "SO",
  DELIVERY: "DN",
  RETURN: "RT",
  INVOICE: "INV",
  CREDIT_NOTE: "CN",
  PAYMENT: "PAY",
};

/** The company row and numbering rules every database needs, demo or not. Idempotent. */
export async function ensureCompany(tx: Tx, name: string): Promise<void> {
  await tx.company.upsert({ where: { id: "company" }, create: { id: "company", name }, update: {} });
  for (const docType of DOC_TYPES) {
    await tx.numberingRule.upsert({ where: { docType }, create: { docType, prefix: DEFAULT_PREFIXES[docType] }, update: {} });
  }
}
