import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import { WarehouseInput } from "@/lib/validation/stock";
import { findWarehouses } from "./find-warehouses";
import { createWarehouse, updateWarehouse } from "./save-warehouse";

let admin: Actor;

beforeAll(async () => {
  await createCompany();
  admin = await createActor("admin");
});

const input = (values: Record<string, string>) => WarehouseInput.parse({ address: "", active: "on", ...values });
const defaults = () => db.warehouse.findMany({ where: { isDefault: true }, select: { code: true } });

describe(`warehouses on ${dbKind}`, () => {
  it("creates with a unique code (case-insensitive), audited", async () => {
    const { id } = await createWarehouse({ actor: admin, input: input({ code: "sh-01", name: "上海仓" }) });
    expect(await db.warehouse.findUniqueOrThrow({ where: { id }, select: { code: true, isDefault: true, active: true } })).toEqual({ code: "SH-01", isDefault: false, active: true });
    await expect(createWarehouse({ actor: admin, input: input({ code: "SH-01", name: "again" }) })).rejects.toMatchObject({ field: "code", key: "stock.warehouseCodeTaken" });
    expect(await db.auditEntry.count({ where: { entityType: "Warehouse", entityId: id, action: "create" } })).toBe(1);
  });

  it("keeps exactly one default, also when two become default at once", async () => {
    const a = await createWarehouse({ actor: admin, input: input({ code: "A1", name: "A" }) });
    const b = await createWarehouse({ actor: admin, input: input({ code: "B1", name: "B" }) });
    await Promise.all([
      updateWarehouse({ actor: admin, input: { ...input({ code: "A1", name: "A", isDefault: "on" }), id: a.id } }),
      updateWarehouse({ actor: admin, input: { ...input({ code: "B1", name: "B", isDefault: "on" }), id: b.id } }),
    ]);
    const now = await defaults();
    expect(now).toHaveLength(1);
    expect(["A1", "B1"]).toContain(now[0].code);
  });

  it("the default cannot be switched off or deactivated; a new default takes over", async () => {
    const [current] = await db.warehouse.findMany({ where: { isDefault: true }, select: { id: true, code: true, name: true } });
    await expect(updateWarehouse({ actor: admin, input: { ...input({ code: current.code, name: current.name }), id: current.id } })).rejects.toMatchObject({ field: "isDefault" });
    await expect(updateWarehouse({ actor: admin, input: { ...WarehouseInput.parse({ code: current.code, name: current.name, isDefault: "on" }), id: current.id } })).rejects.toMatchObject({ field: "active" });
    const c = await createWarehouse({ actor: admin, input: input({ code: "C1", name: "C", isDefault: "on" }) });
    expect(await defaults()).toEqual([{ code: "C1" }]);
    const unchanged = await updateWarehouse({ actor: admin, input: { ...input({ code: "C1", name: "C", isDefault: "on" }), id: c.id } });
    expect(unchanged.changed).toBe(false);
  });

  it("is for stock managers only", async () => {
    const sales = await createActor("sales");
    await expect(findWarehouses({ actor: sales })).rejects.toMatchObject({ key: "notFound" });
    await expect(createWarehouse({ actor: sales, input: input({ code: "X", name: "X" }) })).rejects.toMatchObject({ key: "notFound" });
    expect((await findWarehouses({ actor: admin })).length).toBeGreaterThan(1);
  });
});
