import "server-only";
import { z } from "zod";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The aging report's URL contract, shared by the page and the CSV export.
export const AGING_TABLE = defineTable({
  sortable: ["name", "total", "current", "d1to30", "d31to60", "d61to90", "over90"],
  defaultSort: "total",
  defaultDir: "desc",
  filters: {
    owner: filter.id(),
    // yes = only customers with something past due.
    overdue: z.enum(["yes"]),
    asOf: filter.day(),
  },
});

export type AgingParams = TableParams<(typeof AGING_TABLE.sortable)[number], typeof AGING_TABLE.filters>;
