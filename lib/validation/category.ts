import { z } from "zod";
import { isSlug } from "@/lib/catalog/slug";

const Id = z.string().trim().min(1).max(50);
// A select's empty option means "none".
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

/** Empty means "make one from the English name". */
export const OptionalSlug = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === "" || isSlug(v), { error: "catalog.slugFormat" })
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

export const CategoryCreateInput = z.object({
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  slug: OptionalSlug,
  parentId: OptionalId,
  position: z.coerce.number({ error: "format" }).int({ error: "format" }).min(0).max(100_000).default(0),
});
export type CategoryCreateInput = z.output<typeof CategoryCreateInput>;

export const CategoryUpdateInput = CategoryCreateInput.extend({ id: Id });
export type CategoryUpdateInput = z.output<typeof CategoryUpdateInput>;

export const CategoryDeleteInput = z.object({ id: Id });
