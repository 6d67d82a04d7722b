// The availability level the public sees instead of stock numbers. Pure: unit tested.
//
// available = on hand − reserved, summed over warehouses (thousandths). A product that does not
// track stock is always in stock; one that may be backordered says so when nothing is left.

export const AVAILABILITY_LEVELS = ["in_stock", "low", "out", "backorder"] as const;
export type AvailabilityLevel = (typeof AVAILABILITY_LEVELS)[number];

export type AvailabilityFacts = {
  stockTracked: boolean;
  allowBackorder: boolean;
  /** Thousandths, or null for "no reorder point". */
  reorderPoint: number | null;
  /** Thousandths: on hand − reserved over every warehouse. */
  available: number;
};

export function availabilityLevel({ stockTracked, allowBackorder, reorderPoint, available }: AvailabilityFacts): AvailabilityLevel {
  if (!stockTracked) return "in_stock";
  if (available > 0) return reorderPoint !== null && available <= reorderPoint ? "low" : "in_stock";
  return allowBackorder ? "backorder" : "out";
}

const RANK: Record<AvailabilityLevel, number> = { in_stock: 3, low: 2, backorder: 1, out: 0 };

/** A product group is as available as its best variant; a group without variants is out. */
export function bestAvailability(levels: Iterable<AvailabilityLevel>): AvailabilityLevel {
  let best: AvailabilityLevel = "out";
  for (const level of levels) if (RANK[level] > RANK[best]) best = level;
  return best;
}

export function isAvailabilityLevel(value: unknown): value is AvailabilityLevel {
  return typeof value === "string" && (AVAILABILITY_LEVELS as readonly string[]).includes(value);
}
