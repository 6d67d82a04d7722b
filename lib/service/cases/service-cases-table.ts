import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { CASE_CATEGORIES, CASE_SEVERITIES, CASE_STATUSES, ROOT_CAUSES } from "@/lib/domain/service-case";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The service cases list's URL contract, shared by the page and the CSV export.
export const SERVICE_CASES_TABLE = defineTable({
  sortable: ["number", "subject", "openedAt", "followUpDate", "updatedAt"],
  defaultSort: "openedAt",
  defaultDir: "desc",
  filters: {
    category: filter.oneOf(CASE_CATEGORIES),
    severity: filter.oneOf(CASE_SEVERITIES),
    status: filter.oneOf(CASE_STATUSES),
    owner: filter.id(),
    account: filter.id(),
    product: filter.id(),
    rootCause: filter.oneOf(ROOT_CAUSES),
    // "due": a follow-up date today or earlier (customer care that is due or overdue).
    followUp: filter.oneOf(["due"]),
  },
});

export type ServiceCasesParams = TableParams<(typeof SERVICE_CASES_TABLE.sortable)[number], typeof SERVICE_CASES_TABLE.filters>;

/** Filters → Prisma where (the caller adds the scope). `today` is YYYY-MM-DD in the company's zone. */
export function serviceCasesWhere(params: Pick<ServiceCasesParams, "q" | "filters">, today: string): Prisma.ServiceCaseWhereInput {
  const and: Prisma.ServiceCaseWhereInput[] = [];
  const { category, severity, status, owner, account, product, rootCause, followUp } = params.filters;
  if (category) and.push({ category });
  if (severity) and.push({ severity });
  if (status) and.push({ status });
  if (owner) and.push({ ownerId: owner });
  if (account) and.push({ accountId: account });
  if (product) and.push({ productId: product });
  if (rootCause) and.push({ rootCause });
  // YYYY-MM-DD text compares like the dates it holds; "" (no follow-up) is excluded.
  if (followUp === "due") and.push({ followUpDate: { not: "", lte: today } });
  if (params.q) {
    and.push({
      OR: [{ number: containsText(params.q) }, { subject: containsText(params.q) }, { productText: containsText(params.q) }, { account: { name: containsText(params.q) } }],
    });
  }
  return { AND: and };
}

export function serviceCasesOrderBy(params: Pick<ServiceCasesParams, "sort" | "dir">): Prisma.ServiceCaseOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
