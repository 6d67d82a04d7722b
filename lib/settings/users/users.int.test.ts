import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { FieldError, NotFoundError } from "@/lib/errors";
import { actorFor, createActor, createTeam, createUser, TEST_PASSWORD, uniqueName } from "@/lib/testing/factories";
import { parseTableParams } from "@/lib/table/params";
import type { UserUpdateInput } from "@/lib/validation/user";
import { createUser as createUserService } from "./create-user";
import { findUsers, findUsersBatch } from "./find-users";
import { updateUser } from "./update-user";
import { USERS_TABLE } from "./users-table";

const NEW_PASSWORD = "a new password 123";

function auditFor(entityId: string) {
  return db.auditEntry.findMany({ where: { entityType: "User", entityId }, orderBy: { at: "asc" } });
}

/** The update form as submitted for `user`, with some fields changed. */
function editOf(user: { id: string; name: string; email: string; role: string; teamId: string | null; locale: string; active: boolean }, changes: Partial<UserUpdateInput>): UserUpdateInput {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as UserUpdateInput["role"],
    teamId: user.teamId,
    locale: user.locale as UserUpdateInput["locale"],
    active: user.active,
    password: "",
    ...changes,
  };
}

async function expectFieldError(promise: Promise<unknown>, field: string, key: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  expect(error).toMatchObject({ field, key });
}

describe("createUser", () => {
  it("stores the email lowercase and writes an audit entry with the after-values and no hash", async () => {
    const admin = await createActor("admin");
    const team = await createTeam();
    const email = `${uniqueName("New.Person")}@Test.Example`;
    const { id } = await createUserService({
      actor: admin,
      input: { name: "New Person", email, role: "sales", teamId: team.id, locale: "zh-CN", password: NEW_PASSWORD },
    });

    const row = await db.user.findUniqueOrThrow({ where: { id }, select: { email: true, passwordHash: true, active: true } });
    expect(row.email).toBe(email.toLowerCase());
    expect(row.active).toBe(true);

    const entries = await auditFor(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "create", actorId: admin.id, actorEmail: admin.email, before: null });
    const after = JSON.parse(entries[0].after ?? "null");
    expect(after).toEqual({ name: "New Person", email: email.toLowerCase(), role: "sales", teamId: team.id, locale: "zh-CN", active: true });
    expect(entries[0].after).not.toContain(row.passwordHash);
    expect(entries[0].after).not.toContain(NEW_PASSWORD);
    expect(entries[0].after).not.toMatch(/password/i);

    expect((await authenticate(email, NEW_PASSWORD, "192.0.2.10")).ok).toBe(true);
  });

  it("rejects an email that exists in another case with emailTaken, writing nothing", async () => {
    const admin = await createActor("admin");
    const existing = await createUser();
    const usersBefore = await db.user.count();
    const auditBefore = await db.auditEntry.count();

    await expectFieldError(
      createUserService({
        actor: admin,
        input: { name: "Copy", email: existing.email.toUpperCase(), role: "sales", teamId: null, locale: "en", password: NEW_PASSWORD },
      }),
      "email",
      "emailTaken",
    );
    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  it("rejects an unknown team and a caller without the permission", async () => {
    const admin = await createActor("admin");
    const input = { name: "X", email: `${uniqueName("x")}@test.example`, role: "sales" as const, teamId: "no-such-team", locale: "en" as const, password: NEW_PASSWORD };
    await expectFieldError(createUserService({ actor: admin, input }), "teamId", "choice");
    const manager = await createActor("manager");
    await expect(createUserService({ actor: manager, input: { ...input, teamId: null } })).rejects.toMatchObject({ key: "notFound" });
  });
});

describe("updateUser", () => {
  it("audits only the fields that changed, with before and after", async () => {
    const admin = await createActor("admin");
    const user = await createUser({ role: "sales", locale: "en" });
    const team = await createTeam();

    const result = await updateUser({ actor: admin, input: editOf(user, { name: "Renamed", teamId: team.id }) });
    expect(result).toEqual({ id: user.id, changed: true });

    const [entry] = await auditFor(user.id);
    expect(entry.action).toBe("update");
    expect(JSON.parse(entry.before ?? "null")).toEqual({ name: user.name, teamId: null });
    expect(JSON.parse(entry.after ?? "null")).toEqual({ name: "Renamed", teamId: team.id });
  });

  it("writes nothing when nothing changed", async () => {
    const admin = await createActor("admin");
    const user = await createUser();
    expect(await updateUser({ actor: admin, input: editOf(user, {}) })).toEqual({ id: user.id, changed: false });
    expect(await auditFor(user.id)).toHaveLength(0);
  });

  it("rejects another user's email in any case, writing nothing", async () => {
    const admin = await createActor("admin");
    const user = await createUser();
    const other = await createUser();
    await expectFieldError(updateUser({ actor: admin, input: editOf(user, { email: other.email.toUpperCase() }) }), "email", "emailTaken");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await auditFor(user.id)).toHaveLength(0);
  });

  it("deactivation bumps sessionVersion and the user can no longer sign in", async () => {
    const admin = await createActor("admin");
    const user = await createUser({ role: "finance" });
    expect((await authenticate(user.email, TEST_PASSWORD, "192.0.2.20")).ok).toBe(true);

    await updateUser({ actor: admin, input: editOf(user, { active: false }) });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { active: true, sessionVersion: true } });
    expect(row).toEqual({ active: false, sessionVersion: 1 });
    expect(await authenticate(user.email, TEST_PASSWORD, "192.0.2.21")).toEqual({ ok: false, reason: "invalid" });
    // Sign-ins are audited too (signIn, signInFailed); the deactivation is one entry among them.
    const entries = await auditFor(user.id);
    const deactivations = entries.filter((e) => e.action === "deactivate");
    expect(deactivations).toHaveLength(1);
    expect(JSON.parse(deactivations[0].after ?? "null")).toEqual({ active: false });
  });

  it("a new password bumps sessionVersion, works for sign-in, and is never audited", async () => {
    const admin = await createActor("admin");
    const user = await createUser();
    await updateUser({ actor: admin, input: editOf(user, { password: NEW_PASSWORD }) });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true, passwordHash: true } });
    expect(row.sessionVersion).toBe(1);
    expect((await authenticate(user.email, NEW_PASSWORD, "192.0.2.30")).ok).toBe(true);
    const [entry] = await auditFor(user.id);
    expect(JSON.parse(entry.after ?? "null")).toEqual({ passwordChanged: true });
    expect(`${entry.before}${entry.after}`).not.toContain(row.passwordHash);
    expect(`${entry.before}${entry.after}`).not.toContain(NEW_PASSWORD);
  });

  it("an admin cannot deactivate themself", async () => {
    const adminUser = await createUser({ role: "admin" });
    await createUser({ role: "admin" }); // not the last admin: the self rule alone applies
    await expectFieldError(updateUser({ actor: actorFor(adminUser), input: editOf(adminUser, { active: false }) }), "active", "cannotDeactivateSelf");
    expect((await db.user.findUniqueOrThrow({ where: { id: adminUser.id } })).active).toBe(true);
  });

  it("the last active admin can be neither demoted nor deactivated", async () => {
    // Only active admins count: make every other admin in this file's database inactive.
    await db.user.updateMany({ where: { role: "admin" }, data: { active: false } });
    const last = await createUser({ role: "admin" });
    const other = await createUser({ role: "admin" });
    const otherActor = actorFor(other);
    await db.user.update({ where: { id: other.id }, data: { active: false } });
    // `other` is inactive; as the caller it still passes the service's permission check, which
    // only looks at the role (the session layer is what rejects inactive users).

    await expectFieldError(updateUser({ actor: otherActor, input: editOf(last, { role: "manager" }) }), "role", "lastAdmin");
    await expectFieldError(updateUser({ actor: otherActor, input: editOf(last, { active: false }) }), "active", "lastAdmin");
    expect(await db.user.findUniqueOrThrow({ where: { id: last.id }, select: { role: true, active: true, sessionVersion: true } })).toEqual({
      role: "admin",
      active: true,
      sessionVersion: 0,
    });
    expect(await auditFor(last.id)).toHaveLength(0);

    // With a second active admin, the demotion goes through.
    await db.user.update({ where: { id: other.id }, data: { active: true } });
    await updateUser({ actor: otherActor, input: editOf(last, { role: "manager" }) });
    expect((await db.user.findUniqueOrThrow({ where: { id: last.id } })).role).toBe("manager");
  });

  it("an unknown id is not found", async () => {
    const admin = await createActor("admin");
    const ghost = { id: "no-such-user", name: "Ghost", email: "ghost@test.example", role: "sales", teamId: null, locale: "en", active: true };
    await expect(updateUser({ actor: admin, input: editOf(ghost, {}) })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("findUsers", () => {
  it("filters, searches, sorts and pages in the database, and the export batches return the same rows", async () => {
    const admin = await createActor("admin");
    const team = await createTeam();
    const tag = uniqueName("zeta");
    for (let i = 0; i < 5; i++) await createUser({ role: "warehouse", teamId: team.id, name: `${tag} ${i}` });
    await createUser({ role: "sales", teamId: team.id, name: `${tag} sales` });
    await createUser({ role: "warehouse", teamId: team.id, name: `${tag} off`, active: false });

    const params = parseTableParams(USERS_TABLE, { role: "warehouse", team: team.id, status: "active", q: tag.toUpperCase(), sort: "name", dir: "desc", size: "2", page: "2" });
    const { rows, total, page } = await findUsers({ actor: admin, params });
    expect(total).toBe(5);
    expect(page).toBe(2);
    expect(rows.map((r) => r.name)).toEqual([`${tag} 2`, `${tag} 1`]);

    // A page past the end shows the last page instead of nothing.
    const past = await findUsers({ actor: admin, params: { ...params, page: 99 } });
    expect(past.page).toBe(3);
    expect(past.rows.map((r) => r.name)).toEqual([`${tag} 0`]);

    const exported: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const batch = await findUsersBatch({ actor: admin, params, cursor, take: 2 });
      exported.push(...batch.map((r) => r.name));
      if (batch.length < 2) break;
      cursor = batch[batch.length - 1].id;
    }
    expect(exported.sort()).toEqual([0, 1, 2, 3, 4].map((i) => `${tag} ${i}`));
  });
});
