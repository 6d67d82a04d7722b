// Document types that get numbers (Q-2026-00001…), with their default prefixes. Pure data,
// shared by the server (numbering service, company defaults) and client forms.
export const DOC_TYPES = [
  "QUOTE",
  "ORDER",
  "DELIVERY",
  "RETURN",
  "INVOICE",
  "CREDIT_NOTE",
  "PAYMENT",
  "RECEIPT",
  "ADJUSTMENT",
  "TRANSFER",
  "STOCK_REVERSAL",
  "LEAD",
  "SERVICE_CASE",
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DEFAULT_PREFIXES: Record<DocType, string> = {
  QUOTE: "Q",
  ORDER: "SO",
  DELIVERY: "DN",
  RETURN: "RT",
  INVOICE: "INV",
  CREDIT_NOTE: "CN",
  PAYMENT: "PAY",
  RECEIPT: "GR",
  ADJUSTMENT: "ADJ",
  TRANSFER: "TR",
  STOCK_REVERSAL: "REV",
  LEAD: "L",
  SERVICE_CASE: "CS",
};
