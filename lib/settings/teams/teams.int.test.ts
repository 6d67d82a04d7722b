import { beforeAll, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { actorFor, createActor, createTeam as makeTeam, createUser, type TestTeam } from "@/lib/testing/factories";
import { createTeam } from "./create-team";
import { deleteTeam } from "./delete-team";
import { findTeams } from "./find-teams";
import { updateTeam } from "./update-team";

let admin: Actor;
let east: TestTeam;
let shanghai: TestTeam;
let pudong: TestTeam;

const audits = (entityId: string) =>
  db.auditEntry.findMany({ where: { entityType: "Team", entityId }, orderBy: { at: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
const move = (team: TestTeam, parentId: string | null) => updateTeam({ actor: admin, id: team.id, name: team.name, parentId, managerId: team.managerId });

beforeAll(async () => {
  admin = await createActor("admin");
  east = await makeTeam({ name: "East" });
  shanghai = await makeTeam({ name: "Shanghai", parentId: east.id });
  pudong = await makeTeam({ name: "Pudong", parentId: shanghai.id });
});

describe(`teams on ${dbKind}`, () => {
  it("rejects moving a team under itself or any of its descendants, and writes nothing", async () => {
    for (const parent of [east, shanghai, pudong]) {
      await expect(move(east, parent.id)).rejects.toMatchObject({ name: "FieldError", field: "parentId", key: "teamCycle" });
    }
    expect(await db.team.findUnique({ where: { id: east.id }, select: { parentId: true } })).toEqual({ parentId: null });
    expect(await audits(east.id)).toEqual([]);
  });

  it("of two concurrent crossing moves (A under B, B under A) exactly one wins", async () => {
    const a = await makeTeam({ name: "A" });
    const b = await makeTeam({ name: "B" });
    const results = await Promise.allSettled([move(a, b.id), move(b, a.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { key: "teamCycle" } });
    const rows = await db.team.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, parentId: true } });
    expect(rows.filter((r) => r.parentId !== null)).toHaveLength(1);
    await db.team.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { parentId: null } });
    await db.team.deleteMany({ where: { id: { in: [a.id, b.id] } } });
  });

  it("creates a team under a parent with a manager, audited", async () => {
    const manager = await createUser({ role: "manager" });
    const team = await createTeam({ actor: admin, name: "Nanjing", parentId: east.id, managerId: manager.id });
    expect(team).toMatchObject({ name: "Nanjing", parentId: east.id, managerId: manager.id });
    const [entry] = await audits(team.id);
    expect(entry).toMatchObject({ action: "create", actorId: admin.id, before: null });
    expect(JSON.parse(entry.after!)).toMatchObject({ name: "Nanjing", parentId: east.id, managerId: manager.id });

    const tree = await findTeams({ actor: admin, locale: "en" });
    expect(tree.map((t) => `${t.depth}:${t.name}`)).toEqual(["0:East", "1:Nanjing", "1:Shanghai", "2:Pudong"]);
    expect(tree.find((t) => t.id === team.id)?.manager?.id).toBe(manager.id);
  });

  it("moves a team and audits only what changed", async () => {
    const south = await makeTeam({ name: "South" });
    await move(pudong, south.id);
    const entries = await audits(pudong.id);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.action).toBe("update");
    expect(JSON.parse(entry.before!)).toEqual({ parentId: shanghai.id });
    expect(JSON.parse(entry.after!)).toEqual({ parentId: south.id });
    await move({ ...pudong }, shanghai.id); // back where it was
  });

  it("accepts only an active manager or administrator as manager", async () => {
    const rep = await createUser({ role: "sales" });
    const gone = await createUser({ role: "manager", active: false });
    for (const managerId of [rep.id, gone.id, "no-such-user"]) {
      await expect(createTeam({ actor: admin, name: "X", parentId: null, managerId })).rejects.toMatchObject({ field: "managerId", key: "choice" });
    }
    await expect(createTeam({ actor: admin, name: "X", parentId: "no-such-team", managerId: null })).rejects.toMatchObject({ field: "parentId", key: "choice" });
    expect(await db.team.count({ where: { name: "X" } })).toBe(0);
  });

  it("deletes only empty teams, audited", async () => {
    await expect(deleteTeam({ actor: admin, id: shanghai.id })).rejects.toMatchObject({ name: "AppError", key: "teamHasSubteams" });
    const member = await createUser({ role: "sales", teamId: pudong.id });
    await expect(deleteTeam({ actor: admin, id: pudong.id })).rejects.toMatchObject({ name: "AppError", key: "teamHasMembers" });

    await db.user.update({ where: { id: member.id }, data: { teamId: null } });
    await deleteTeam({ actor: admin, id: pudong.id });
    expect(await db.team.findUnique({ where: { id: pudong.id } })).toBeNull();
    const deleted = (await audits(pudong.id)).filter((e) => e.action === "delete");
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ actorId: admin.id, after: null });
    expect(JSON.parse(deleted[0].before!)).toMatchObject({ name: "Pudong", parentId: shanghai.id });

    await expect(deleteTeam({ actor: admin, id: pudong.id })).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("is for administrators only", async () => {
    const manager = await createActor("manager");
    await expect(createTeam({ actor: manager, name: "Mine", parentId: null, managerId: null })).rejects.toMatchObject({ name: "AccessDeniedError" });
    await expect(updateTeam({ actor: manager, id: east.id, name: "Hijacked", parentId: null, managerId: null })).rejects.toMatchObject({ name: "AccessDeniedError" });
    await expect(deleteTeam({ actor: manager, id: east.id })).rejects.toMatchObject({ name: "AccessDeniedError" });
    await expect(findTeams({ actor: manager, locale: "en" })).rejects.toMatchObject({ name: "AccessDeniedError" });
  });

  it("a new manager's record scope follows the tree from the next request", async () => {
    const north = await makeTeam({ name: "North" });
    const branch = await makeTeam({ name: "Harbin", parentId: north.id });
    const rep = await createUser({ role: "sales", teamId: branch.id });
    const boss = await createUser({ role: "manager" });
    const bossActor = actorFor(boss);

    const before = await loadScope(bossActor);
    expect(before.kind === "owners" && before.userIds).toEqual([boss.id]);

    await updateTeam({ actor: admin, id: north.id, name: north.name, parentId: null, managerId: boss.id });
    // loadScope is cached per request (React cache); a fresh actor object is a fresh request here.
    const after = await loadScope({ ...bossActor });
    expect(after.kind === "owners" && after.userIds.sort()).toEqual([boss.id, rep.id].sort());
  });
});
