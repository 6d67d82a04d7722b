import type { Prisma } from "@/lib/db/generated/sqlite/client";

// Which rows are public. The one definition every public query starts from.

/** A product on the public catalog: published, active, sold as itself or as a variant group. */
export const PUBLIC_PRODUCT_WHERE = {
  published: true,
  status: "active",
  parentId: null,
  kind: { in: ["simple", "group"] },
  slug: { not: null },
} satisfies Prisma.ProductWhereInput;

/** Variants are public with their group (they are never published one by one), while active. */
export const PUBLIC_VARIANT_WHERE = { status: "active" } satisfies Prisma.ProductWhereInput;

/** A product that was public once and is not now: the API reports it as a tombstone. */
export const TOMBSTONE_WHERE = {
  firstPublishedAt: { not: null },
  parentId: null,
  NOT: PUBLIC_PRODUCT_WHERE,
} satisfies Prisma.ProductWhereInput;

/** Whether a product row (as selected by isPublicSelect) is public now. */
export function isPublicRow(row: { published: boolean; status: string; parentId: string | null; kind: string; slug: string | null }): boolean {
  return row.published && row.status === "active" && row.parentId === null && (row.kind === "simple" || row.kind === "group") && row.slug !== null;
}

export const IS_PUBLIC_SELECT = { published: true, status: true, parentId: true, kind: true, slug: true } as const;
