import "server-only";
import type { Tx } from "@/lib/db/client";
import { parseExcludes, type OptionGroupRule } from "@/lib/domain/configuration";

export const OPTION_GROUP_SELECT = {
  code: true,
  nameZh: true,
  nameEn: true,
  required: true,
  multiple: true,
  position: true,
  choices: { select: { code: true, nameZh: true, nameEn: true, priceDelta: true, requiresNote: true, excludes: true, position: true }, orderBy: { position: "asc" } },
} as const;

type StoredGroup = {
  code: string;
  required: boolean;
  multiple: boolean;
  choices: { code: string; priceDelta: number; requiresNote: boolean; excludes: string }[];
};

/** Stored option groups → the rules lib/domain/configuration.ts checks and prices. */
export function toRules(groups: StoredGroup[]): OptionGroupRule[] {
  return groups.map((g) => ({
    code: g.code,
    required: g.required,
    multiple: g.multiple,
    choices: g.choices.map((c) => ({ code: c.code, priceDelta: c.priceDelta, requiresNote: c.requiresNote, excludes: parseExcludes(c.excludes) })),
  }));
}

/** A product's option groups in order, with its list price and whether it is configurable. */
export async function loadOptions(tx: Tx, productId: string) {
  return tx.product.findUnique({
    where: { id: productId },
    select: { id: true, configurable: true, listPrice: true, optionGroups: { select: OPTION_GROUP_SELECT, orderBy: { position: "asc" } } },
  });
}
