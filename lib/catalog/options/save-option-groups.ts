import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows, transact } from "@/lib/db/transact";
import { choiceKey, parseExcludes } from "@/lib/domain/configuration";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { OptionGroupInput } from "@/lib/validation/product";
import { loadOptions } from "./option-rules";
import { publicContentChanged } from "@/lib/public-catalog/product-written";

/** Codes unique per product (groups) and per group (choices); exclusions name existing other choices. */
function checkStructure(groups: OptionGroupInput[]): void {
  const all = new Set<string>();
  const groupCodes = new Set<string>();
  groups.forEach((g, i) => {
    if (groupCodes.has(g.code)) throw new FieldError(`groups.${i}.code`, "catalog.optionCodeTaken");
    groupCodes.add(g.code);
    const choiceCodes = new Set<string>();
    g.choices.forEach((c, j) => {
      if (choiceCodes.has(c.code)) throw new FieldError(`groups.${i}.choices.${j}.code`, "catalog.optionCodeTaken");
      choiceCodes.add(c.code);
      all.add(choiceKey(g.code, c.code));
    });
  });
  groups.forEach((g, i) =>
    g.choices.forEach((c, j) => {
      const self = choiceKey(g.code, c.code);
      const unknown = parseExcludes(c.excludes).filter((code) => !all.has(code) || code === self);
      if (unknown.length > 0) throw new FieldError(`groups.${i}.choices.${j}.excludes`, "catalog.excludesUnknown", { codes: unknown.join(", ") });
    }),
  );
}

/**
 * Replaces a configurable product's option groups and choices with the edited set, as one
 * audited change (before/after the whole structure). Quote and order lines store codes, never
 * these rows' ids, so replacing the rows loses nothing.
 */
export async function saveOptionGroups({ actor, productId, groups, tx }: { actor: Actor; productId: string; groups: OptionGroupInput[]; tx?: Tx }): Promise<void> {
  assertCan(actor, "catalog.manage");
  checkStructure(groups);
  const work = async (tx: Tx) => {
    await lockRows(tx, "Product", [productId]);
    const product = await loadOptions(tx, productId);
    if (!product) throw new NotFoundError();
    if (!product.configurable) throw new AppError("catalog.notConfigurable");
    await tx.productOptionGroup.deleteMany({ where: { productId } });
    for (const [position, g] of groups.entries()) {
      await tx.productOptionGroup.create({
        data: {
          productId,
          code: g.code,
          nameZh: g.nameZh,
          nameEn: g.nameEn,
          required: g.required,
          multiple: g.multiple,
          position,
          choices: { create: g.choices.map((c, i) => ({ ...c, excludes: parseExcludes(c.excludes).join(","), position: i })) },
        },
      });
    }
    const after = groups.map((g) => ({ ...g, choices: g.choices.map((c) => ({ ...c, excludes: parseExcludes(c.excludes).join(",") })) }));
    await writeAudit(tx, { actor, action: "updateOptions", entityType: "Product", entityId: productId, before: { optionGroups: product.optionGroups }, after: { optionGroups: after } });
    await publicContentChanged(tx, productId);
  };
  await (tx ? work(tx) : transact(work));
}
