import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { WarehouseInput } from "@/lib/validation/stock";

/**
 * Exactly one warehouse is the default. Every warehouse row is locked first (there are few), so
 * two admins making different warehouses the default at once end with one default, not two.
 */
async function lockAll(tx: Tx): Promise<void> {
  const all = await tx.warehouse.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (const w of all) await lockRows(tx, "Warehouse", [w.id]);
}

async function clearOtherDefaults(tx: Tx, actor: Actor, keepId: string): Promise<void> {
  const others = await tx.warehouse.findMany({ where: { isDefault: true, id: { not: keepId } }, select: { id: true } });
  for (const o of others) {
    await tx.warehouse.update({ where: { id: o.id }, data: { isDefault: false } });
    await writeAudit(tx, { actor, action: "update", entityType: "Warehouse", entityId: o.id, before: { isDefault: true }, after: { isDefault: false } });
  }
}

function values(input: WarehouseInput) {
  return { code: input.code, name: input.name, address: input.address, isDefault: input.isDefault, active: input.active };
}

export async function createWarehouse({ actor, input }: { actor: Actor; input: WarehouseInput }): Promise<{ id: string }> {
  assertCan(actor, "stock.manage");
  if (input.isDefault && !input.active) throw new AppError("stock.defaultInactive");
  try {
    return await transact(async (tx) => {
      await lockAll(tx);
      if (await tx.warehouse.findUnique({ where: { code: input.code }, select: { id: true } })) throw new FieldError("code", "stock.warehouseCodeTaken");
      // The very first warehouse is the default whatever the form says.
      const isDefault = input.isDefault || (await tx.warehouse.count({ where: { isDefault: true } })) === 0;
      const data = { ...values(input), isDefault, active: isDefault ? true : input.active };
      const row = await tx.warehouse.create({ data, select: { id: true } });
      if (isDefault) await clearOtherDefaults(tx, actor, row.id);
      await writeAudit(tx, { actor, action: "create", entityType: "Warehouse", entityId: row.id, after: data });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("code", "stock.warehouseCodeTaken");
    throw error;
  }
}

/**
 * Edits a warehouse. The default cannot be switched off here (make another one the default),
 * and the default must stay active; an archived warehouse keeps its history and balances.
 */
export async function updateWarehouse({ actor, input }: { actor: Actor; input: WarehouseInput & { id: string } }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "stock.manage");
  try {
    return await transact(async (tx) => {
      await lockAll(tx);
      const before = await tx.warehouse.findUnique({ where: { id: input.id }, select: { id: true, code: true, name: true, address: true, isDefault: true, active: true } });
      if (!before) throw new NotFoundError();
      if (before.isDefault && !input.isDefault) throw new FieldError("isDefault", "stock.defaultRequired");
      if (input.isDefault && !input.active) throw new FieldError("active", "stock.defaultInactive");
      if (input.code !== before.code && (await tx.warehouse.findUnique({ where: { code: input.code }, select: { id: true } }))) throw new FieldError("code", "stock.warehouseCodeTaken");
      const diff = changedFields(before, values(input));
      if (Object.keys(diff.after).length === 0) return { id: before.id, changed: false };
      await tx.warehouse.update({ where: { id: before.id }, data: diff.after });
      if (input.isDefault && !before.isDefault) await clearOtherDefaults(tx, actor, before.id);
      await writeAudit(tx, { actor, action: "update", entityType: "Warehouse", entityId: before.id, before: diff.before, after: diff.after });
      return { id: before.id, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("code", "stock.warehouseCodeTaken");
    throw error;
  }
}
