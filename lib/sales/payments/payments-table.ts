import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";
import { PAYMENT_METHODS } from "@/lib/validation/payments";

export const PAYMENT_KINDS = ["RECEIPT", "PREPAYMENT", "CASH_SALE", "REFUND"] as const;

// The payments list's URL contract, shared by the page and the CSV export.
export const PAYMENTS_TABLE = defineTable({
  sortable: ["paymentDate", "number", "amount"],
  defaultSort: "paymentDate",
  defaultDir: "desc",
  filters: {
    kind: filter.oneOf(PAYMENT_KINDS),
    method: filter.oneOf(PAYMENT_METHODS),
    account: filter.id(),
    from: filter.day(),
    to: filter.day(),
    currency: z.string().regex(/^[A-Z]{3}$/),
  },
});

export type PaymentsParams = TableParams<(typeof PAYMENTS_TABLE.sortable)[number], typeof PAYMENTS_TABLE.filters>;

export function paymentsWhere(params: Pick<PaymentsParams, "q" | "filters">): Prisma.PaymentWhereInput {
  const and: Prisma.PaymentWhereInput[] = [];
  const { kind, method, account, from, to, currency } = params.filters;
  if (kind) and.push({ kind });
  if (method) and.push({ method });
  if (account) and.push({ accountId: account });
  if (from) and.push({ paymentDate: { gte: from } });
  if (to) and.push({ paymentDate: { lte: to } });
  if (currency) and.push({ currencyCode: currency });
  if (params.q) and.push({ OR: [{ number: containsText(params.q) }, { reference: containsText(params.q) }, { account: { name: containsText(params.q) } }] });
  return { AND: and };
}

export function paymentsOrderBy(params: Pick<PaymentsParams, "sort" | "dir">): Prisma.PaymentOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: params.dir }];
}
