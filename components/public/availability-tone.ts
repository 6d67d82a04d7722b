import type { AvailabilityLevel } from "@/lib/public-catalog/availability";

/** Badge colours of the availability levels (server and client components share them). */
export const AVAILABILITY_TONE: Record<AvailabilityLevel, string> = {
  in_stock: "bg-green-100 text-green-800 dark:bg-green-950 dark:text-green-300",
  low: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  out: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
  backorder: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-300",
};
