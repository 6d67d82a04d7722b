// Test data for integration tests (lib/**/*.int.test.ts). Each test file gets its own empty,
// migrated database (lib/testing/setup-db.ts), so create what the test needs here:
//
//   import { db } from "@/lib/db/client";
//   import { actorFor, createCompany, createTeam, createUser, TEST_PASSWORD } from "@/lib/testing/factories";
//
//   await createCompany();                                  // company row + numbering rules
//   const east = await createTeam({ name: "East" });
//   const rep = await createUser({ role: "sales", teamId: east.id });
//   const admin = actorFor(await createUser({ role: "admin" }));
//   await createUserService({ actor: admin, ... });         // the code under test
//
// Emails and names are unique per call, so tests in one file never collide. Every user's
// password is TEST_PASSWORD unless given; its Argon2 hash is computed once per file.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { ensureCompany } from "@/lib/system/ensure-company";

export const TEST_PASSWORD = "correct horse battery staple";

let knownHash: Promise<string> | undefined;
/** Argon2 is slow on purpose (~50 ms): hash the shared test password once. */
export function testPasswordHash(): Promise<string> {
  knownHash ??= hashPassword(TEST_PASSWORD);
  return knownHash;
}

let counter = 0;
/** A short unique token for names and emails: `rep-3-9f2a1c`. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${randomBytes(3).toString("hex")}`;
}

export type TestUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  locale: string;
  active: boolean;
};

export type UserOverrides = Partial<Omit<TestUser, "id">> & { id?: string; password?: string };

export async function createUser(overrides: UserOverrides = {}): Promise<TestUser> {
  const role = overrides.role ?? "sales";
  const token = uniqueName(role);
  const { password, ...fields } = overrides;
  const passwordHash = password === undefined ? await testPasswordHash() : await hashPassword(password);
  return db.user.create({
    data: {
      email: `${token}@test.example`,
      name: `Test ${token}`,
      locale: "en",
      teamId: null,
      active: true,
      ...fields,
      role,
      passwordHash,
    },
    select: { id: true, email: true, name: true, role: true, teamId: true, locale: true, active: true },
  }) as Promise<TestUser>;
}

export type TestTeam = { id: string; name: string; parentId: string | null; managerId: string | null };

export async function createTeam(overrides: Partial<TestTeam> = {}): Promise<TestTeam> {
  return db.team.create({
    data: { name: uniqueName("team"), parentId: null, managerId: null, ...overrides },
    select: { id: true, name: true, parentId: true, managerId: true },
  });
}

/** The company row and default numbering rules (what `npm start` creates on an empty database). */
export async function createCompany(name = "Test Company Ltd."): Promise<void> {
  await transact((tx) => ensureCompany(tx, name));
}

/** The `Actor` a service receives for this user (what lib/auth/session.ts builds from the session). */
export function actorFor(user: Pick<TestUser, "id" | "email" | "name" | "role" | "teamId" | "locale">): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teamId: user.teamId,
    locale: isLocale(user.locale) ? (user.locale as Locale) : "en",
  };
}

/** Shorthand: a new user of `role` and their actor. */
export async function createActor(role: Role, overrides: UserOverrides = {}): Promise<Actor> {
  return actorFor(await createUser({ ...overrides, role }));
}
