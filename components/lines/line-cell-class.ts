import { cn } from "@/components/ui/cn";

/** A compact spreadsheet cell input; red when its field has an error. */
export function cellClass(error?: string, align: "left" | "right" = "left") {
  return cn(
    "block w-full rounded border bg-white px-2 py-1 text-sm focus:outline-none focus:ring-2 focus:ring-brand-500/30 dark:bg-slate-900",
    align === "right" && "text-right tabular-nums",
    error ? "border-red-500" : "border-slate-300 focus:border-brand-500 dark:border-slate-700",
  );
}
