import { describe, expect, it } from "vitest";
import { ownerWhere, scopeFor, teamSubtree, type Member, type TeamNode } from "./scope";

// East (managed by m) > Shanghai > Pudong; South (managed by s-mgr) beside it.
const TEAMS: TeamNode[] = [
  { id: "east", parentId: null, managerId: "m" },
  { id: "shanghai", parentId: "east", managerId: null },
  { id: "pudong", parentId: "shanghai", managerId: null },
  { id: "south", parentId: null, managerId: "s-mgr" },
];
const MEMBERS: Member[] = [
  { id: "m", teamId: "east" },
  { id: "east-rep", teamId: "east" },
  { id: "sh-rep", teamId: "shanghai" },
  { id: "pd-rep", teamId: "pudong" },
  { id: "south-rep", teamId: "south" },
  { id: "s-mgr", teamId: null },
  { id: "loner", teamId: null },
];

const idsOf = (scope: ReturnType<typeof scopeFor>) => (scope.kind === "owners" ? [...scope.userIds].sort() : "all");

describe("teamSubtree", () => {
  it("collects the roots and every team below them", () => {
    expect([...teamSubtree(TEAMS, ["east"])].sort()).toEqual(["east", "pudong", "shanghai"]);
    expect([...teamSubtree(TEAMS, ["shanghai"])].sort()).toEqual(["pudong", "shanghai"]);
    expect([...teamSubtree(TEAMS, ["south", "pudong"])].sort()).toEqual(["pudong", "south"]);
    expect([...teamSubtree(TEAMS, [])]).toEqual([]);
  });

  it("stops on a cycle in bad data", () => {
    const cyclic: TeamNode[] = [
      { id: "a", parentId: "b", managerId: null },
      { id: "b", parentId: "a", managerId: null },
    ];
    expect([...teamSubtree(cyclic, ["a"])].sort()).toEqual(["a", "b"]);
  });
});

describe("scopeFor", () => {
  it("admin, finance and warehouse see all records", () => {
    for (const role of ["admin", "finance", "warehouse"] as const) {
      expect(scopeFor({ id: "x", role, teamId: null }, TEAMS, MEMBERS)).toEqual({ kind: "all" });
    }
  });

  it("a sales rep sees only their own, whatever their team", () => {
    expect(scopeFor({ id: "sh-rep", role: "sales", teamId: "shanghai" }, TEAMS, MEMBERS)).toEqual({ kind: "owners", userIds: ["sh-rep"] });
  });

  it("a manager sees the teams they manage and their own, with everything below", () => {
    expect(idsOf(scopeFor({ id: "m", role: "manager", teamId: "east" }, TEAMS, MEMBERS))).toEqual(["east-rep", "m", "pd-rep", "sh-rep"]);
    // Manages South without being in it.
    expect(idsOf(scopeFor({ id: "s-mgr", role: "manager", teamId: null }, TEAMS, MEMBERS))).toEqual(["s-mgr", "south-rep"]);
    // A manager placed in Shanghai (managing nothing) sees Shanghai and Pudong, not East.
    expect(idsOf(scopeFor({ id: "sh-lead", role: "manager", teamId: "shanghai" }, TEAMS, MEMBERS))).toEqual(["pd-rep", "sh-lead", "sh-rep"]);
    // With no team and nothing managed: only themself.
    expect(idsOf(scopeFor({ id: "loner", role: "manager", teamId: null }, TEAMS, MEMBERS))).toEqual(["loner"]);
  });

  it("an unknown role sees only its own (fail closed)", () => {
    expect(scopeFor({ id: "q", role: "auditor" as never, teamId: "east" }, TEAMS, MEMBERS)).toEqual({ kind: "owners", userIds: ["q"] });
  });
});

describe("ownerWhere", () => {
  it("is empty only for the all scope, and otherwise an `in` on the owner column", () => {
    expect(ownerWhere({ kind: "all" }, "ownerId")).toEqual({});
    expect(ownerWhere({ kind: "owners", userIds: ["a", "b"] }, "ownerId")).toEqual({ ownerId: { in: ["a", "b"] } });
    // An empty list matches nothing (never everything).
    expect(ownerWhere({ kind: "owners", userIds: [] }, "repId")).toEqual({ repId: { in: [] } });
  });
});
