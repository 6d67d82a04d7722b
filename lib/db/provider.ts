import { dbKind } from "./client";

/**
 * Case-insensitive "contains" filter. PostgreSQL needs `mode: "insensitive"`; SQLite's LIKE is
 * already case-insensitive for ASCII and Prisma rejects `mode` there.
 */
export function containsText(value: string): { contains: string; mode?: "insensitive" } {
  return dbKind === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value };
}
