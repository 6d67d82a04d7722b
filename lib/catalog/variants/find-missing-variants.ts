import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { combinationKey, combinationValues, defaultVariantSku, missingCombinations } from "./combinations";
import { loadGroup } from "./variant-rules";

/** The combinations a group has no variant for yet, each with its proposed SKU, for the generate form. */
export async function findMissingVariants({ actor, productId }: { actor: Actor; productId: string }) {
  assertCan(actor, "catalog.manage");
  const { group, axes, existing } = await loadGroup(db, productId);
  return missingCombinations(axes, existing).map((combination) => ({
    key: combinationKey(axes, combination),
    values: combinationValues(axes, combination).map((v) => ({ valueZh: v.valueZh, valueEn: v.valueEn })),
    sku: defaultVariantSku(group.sku, axes, combination),
  }));
}
