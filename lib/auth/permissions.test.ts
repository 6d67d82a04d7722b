import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/errors";
import { assertCan, can, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";
import { isRole, ROLES } from "./roles";

describe("the role → permission table", () => {
  it("has an entry for every role, naming only known permissions, without duplicates", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      const granted = ROLE_PERMISSIONS[role];
      for (const p of granted) expect(PERMISSIONS, `${role}: ${p}`).toContain(p);
      expect(new Set(granted).size, role).toBe(granted.length);
    }
  });

  it("gives the administrator every permission", () => {
    for (const p of PERMISSIONS) expect(can({ role: "admin" }, p), p).toBe(true);
  });

  it("keeps company administration to the administrator", () => {
    const adminOnly = ["settings.users.manage", "settings.company.manage", "settings.numbering.manage", "settings.teams.manage", "audit.read"] as const;
    for (const role of ROLES.filter((r) => r !== "admin")) {
      for (const p of adminOnly) expect(can({ role }, p), `${role} ${p}`).toBe(false);
    }
  });

  it("lets every staff role read the directory", () => {
    for (const role of ROLES) expect(can({ role }, "directory.read"), role).toBe(true);
  });
});

describe("can / assertCan fail closed", () => {
  it("refuses a missing actor, an unknown role and a deactivated user", () => {
    expect(can(null, "directory.read")).toBe(false);
    expect(can(undefined, "directory.read")).toBe(false);
    expect(can({ role: "superuser" }, "directory.read")).toBe(false);
    expect(can({ role: "" }, "directory.read")).toBe(false);
    expect(can({ role: "ADMIN" }, "settings.users.manage")).toBe(false);
    // "constructor" and "__proto__" are properties of every object: they must not look like roles.
    expect(can({ role: "constructor" }, "directory.read")).toBe(false);
    expect(can({ role: "__proto__" }, "directory.read")).toBe(false);
    expect(can({ role: "admin", active: false }, "settings.users.manage")).toBe(false);
    expect(can({ role: "admin", active: true }, "settings.users.manage")).toBe(true);
  });

  it("refuses a permission that is not in the table", () => {
    expect(can({ role: "admin" }, "settings.everything" as never)).toBe(false);
  });

  it("assertCan throws the 404-shaped AccessDeniedError, and passes silently when allowed", () => {
    expect(() => assertCan({ role: "sales" }, "settings.users.manage")).toThrow(AccessDeniedError);
    expect(() => assertCan(null, "directory.read")).toThrow(AccessDeniedError);
    try {
      assertCan({ role: "warehouse" }, "audit.read");
    } catch (error) {
      // Same message key and status as "not found": the page does not reveal that it exists.
      expect(error).toMatchObject({ key: "notFound", status: 404 });
    }
    expect(() => assertCan({ role: "admin" }, "settings.users.manage")).not.toThrow();
  });

  it("isRole knows exactly the five roles", () => {
    expect(ROLES).toEqual(["admin", "manager", "sales", "finance", "warehouse"]);
    for (const r of ROLES) expect(isRole(r)).toBe(true);
    for (const r of ["", "customer", "Admin", null, undefined, 1, {}]) expect(isRole(r)).toBe(false);
  });
});
