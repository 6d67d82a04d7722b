import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actorFor, createTeam, createUser, type TestUser } from "@/lib/testing/factories";
import type { Actor } from "./actor";
import { loadScope } from "./load-scope";
import { ownerWhere } from "./scope";

// The demo's shape: East (managed by `manager`) > Shanghai, and South beside it.
let u: Record<"manager" | "eastRep" | "shanghaiRep" | "southRep" | "southManager" | "admin" | "finance" | "warehouse", TestUser>;

beforeAll(async () => {
  const east = await createTeam({ name: "East" });
  const shanghai = await createTeam({ name: "Shanghai", parentId: east.id });
  const south = await createTeam({ name: "South" });
  const manager = await createUser({ role: "manager", teamId: east.id });
  await db.team.update({ where: { id: east.id }, data: { managerId: manager.id } });
  // Manages South without being a member of it.
  const southManager = await createUser({ role: "manager" });
  await db.team.update({ where: { id: south.id }, data: { managerId: southManager.id } });
  u = {
    manager,
    southManager,
    eastRep: await createUser({ role: "sales", teamId: east.id }),
    shanghaiRep: await createUser({ role: "sales", teamId: shanghai.id }),
    southRep: await createUser({ role: "sales", teamId: south.id }),
    admin: await createUser({ role: "admin" }),
    finance: await createUser({ role: "finance" }),
    warehouse: await createUser({ role: "warehouse" }),
  };
});

/** The ids a scoped query returns: the pattern every service uses. */
async function visibleIds(actor: Actor): Promise<string[]> {
  const scope = await loadScope(actor);
  const rows = await db.user.findMany({ where: ownerWhere(scope, "id"), select: { id: true } });
  return rows.map((r) => r.id).sort();
}

const ids = (...users: TestUser[]) => users.map((x) => x.id).sort();

describe("loadScope + ownerWhere on real rows", () => {
  it("a sales rep sees only their own rows, never another team's", async () => {
    expect(await visibleIds(actorFor(u.shanghaiRep))).toEqual(ids(u.shanghaiRep));
    expect(await visibleIds(actorFor(u.southRep))).toEqual(ids(u.southRep));
    expect(await visibleIds(actorFor(u.eastRep))).toEqual(ids(u.eastRep));
  });

  it("a manager sees East and Shanghai below it, not South", async () => {
    const seen = await visibleIds(actorFor(u.manager));
    expect(seen).toEqual(ids(u.manager, u.eastRep, u.shanghaiRep));
    expect(seen).not.toContain(u.southRep.id);
    expect(seen).not.toContain(u.admin.id);
  });

  it("a manager of a team they do not belong to sees that team and themself", async () => {
    expect(await visibleIds(actorFor(u.southManager))).toEqual(ids(u.southManager, u.southRep));
  });

  it("admin, finance and warehouse see everyone", async () => {
    const everyone = (await db.user.findMany({ select: { id: true } })).map((r) => r.id).sort();
    expect(everyone).toHaveLength(8);
    for (const role of ["admin", "finance", "warehouse"] as const) {
      expect(await visibleIds(actorFor(u[role])), role).toEqual(everyone);
    }
  });

  it("follows the team tree as it is now (a moved team changes the manager's scope)", async () => {
    const south = await db.team.findFirstOrThrow({ where: { name: "South" }, select: { id: true } });
    const shanghai = await db.team.findFirstOrThrow({ where: { name: "Shanghai" }, select: { id: true, parentId: true } });
    await db.team.update({ where: { id: shanghai.id }, data: { parentId: south.id } });
    try {
      expect(await visibleIds(actorFor(u.manager))).toEqual(ids(u.manager, u.eastRep));
      expect(await visibleIds(actorFor(u.southManager))).toEqual(ids(u.southManager, u.southRep, u.shanghaiRep));
    } finally {
      await db.team.update({ where: { id: shanghai.id }, data: { parentId: shanghai.parentId } });
    }
  });
});
